using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using FireMap.DemoData.Geometry;
using NetTopologySuite.Algorithm;
using NetTopologySuite.Geometries;

namespace FireMap.DemoData.Output;

/// <summary>
/// Writes a GeoJSON FeatureCollection (RFC 7946) in WGS84 with one feature per line, so that a
/// change to the data reads as a change to a few lines in review. Coordinates have a fixed number
/// of decimals; exterior rings run counter-clockwise.
/// </summary>
internal static class GeoJsonWriter
{
    private static readonly JsonWriterOptions Options = new()
    {
        // Keep Chinese text readable in the file instead of \u escapes.
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        Indented = false,
    };

    private static readonly string CoordinateFormat = "F" + DemoSettings.CoordinateDecimals.ToString(CultureInfo.InvariantCulture);

    public static void Write(string path, IEnumerable<FeatureRecord> features, LocalProjection projection)
    {
        using var file = File.Create(path);
        file.Write("{\"type\":\"FeatureCollection\",\"features\":[\n"u8);
        var first = true;
        foreach (var feature in features)
        {
            if (!first)
            {
                file.Write(",\n"u8);
            }

            first = false;
            using var buffer = new MemoryStream();
            using (var json = new Utf8JsonWriter(buffer, Options))
            {
                WriteFeature(json, feature, projection);
            }

            file.Write(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
        }

        file.Write("\n]}\n"u8);
    }

    private static void WriteFeature(Utf8JsonWriter json, FeatureRecord feature, LocalProjection projection)
    {
        json.WriteStartObject();
        json.WriteString("type", "Feature");
        json.WritePropertyName("properties");
        json.WriteStartObject();
        foreach (var (name, value) in feature.Properties)
        {
            json.WritePropertyName(name);
            JsonValues.Write(json, value);
        }

        json.WriteEndObject();
        json.WritePropertyName("geometry");
        WriteGeometry(json, projection.ToLonLat(feature.Geometry));
        json.WriteEndObject();
    }

    private static void WriteGeometry(Utf8JsonWriter json, NetTopologySuite.Geometries.Geometry g)
    {
        json.WriteStartObject();
        json.WriteString("type", g.GeometryType);
        json.WritePropertyName("coordinates");
        switch (g)
        {
            case Point p:
                WritePosition(json, p.Coordinate);
                break;
            case LineString l:
                WritePositions(json, l.Coordinates);
                break;
            case Polygon polygon:
                WritePolygon(json, polygon);
                break;
            case MultiPolygon multi:
                json.WriteStartArray();
                foreach (var part in multi.Geometries.Cast<Polygon>())
                {
                    WritePolygon(json, part);
                }

                json.WriteEndArray();
                break;
            default:
                throw new NotSupportedException($"No GeoJSON writer for {g.GeometryType}.");
        }

        json.WriteEndObject();
    }

    private static void WritePolygon(Utf8JsonWriter json, Polygon polygon)
    {
        json.WriteStartArray();
        WriteRing(json, polygon.Shell.Coordinates, counterClockwise: true);
        foreach (var hole in polygon.Holes)
        {
            WriteRing(json, hole.Coordinates, counterClockwise: false);
        }

        json.WriteEndArray();
    }

    private static void WriteRing(Utf8JsonWriter json, Coordinate[] ring, bool counterClockwise)
    {
        var ordered = Orientation.IsCCW(ring) == counterClockwise ? ring : ring.Reverse().ToArray();
        WritePositions(json, ordered);
    }

    private static void WritePositions(Utf8JsonWriter json, Coordinate[] positions)
    {
        json.WriteStartArray();
        foreach (var c in positions)
        {
            WritePosition(json, c);
        }

        json.WriteEndArray();
    }

    private static void WritePosition(Utf8JsonWriter json, Coordinate c)
    {
        json.WriteStartArray();
        json.WriteRawValue(c.X.ToString(CoordinateFormat, CultureInfo.InvariantCulture), skipInputValidation: true);
        json.WriteRawValue(c.Y.ToString(CoordinateFormat, CultureInfo.InvariantCulture), skipInputValidation: true);
        json.WriteEndArray();
    }
}
