using System.Text;
using System.Text.Json;
using CsvHelper;
using CsvHelper.Configuration;
using FireMap.Spatial.Interchange;
using NetTopologySuite.Algorithm;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.Converters;

namespace FireMap.DemoData.Validation;

/// <summary>Reads a layer file back as an importer would, reporting every rule it breaks.</summary>
internal static class LayerReader
{
    private static readonly JsonSerializerOptions GeometryOptions = new() { Converters = { new GeoJsonConverterFactory() } };

    public static List<LayerRecord> Read(string directory, LayerFormat layer, ValidationReport report)
    {
        var path = Path.Combine(directory, layer.FileName);
        if (!File.Exists(path))
        {
            report.Fail(layer.FileName, null, null, "file is missing");
            return [];
        }

        var bytes = File.ReadAllBytes(path);
        if (bytes.AsSpan().StartsWith("\uFEFF"u8))
        {
            report.Fail(layer.FileName, null, null, "starts with a byte-order mark");
        }

        string text;
        try
        {
            text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            report.Fail(layer.FileName, null, null, "is not valid UTF-8");
            return [];
        }

        return layer.IsCsvOnly ? ReadCsv(text, layer, report) : ReadGeoJson(text, layer, report);
    }

    private static List<LayerRecord> ReadGeoJson(string text, LayerFormat layer, ValidationReport report)
    {
        using var doc = JsonDocument.Parse(text);
        var root = doc.RootElement;
        if (!root.TryGetProperty("type", out var type) || type.GetString() != "FeatureCollection"
            || !root.TryGetProperty("features", out var features) || features.ValueKind != JsonValueKind.Array)
        {
            report.Fail(layer.FileName, null, null, "is not a GeoJSON FeatureCollection");
            return [];
        }

        var records = new List<LayerRecord>();
        var number = 0;
        foreach (var feature in features.EnumerateArray())
        {
            number++;
            if (!feature.TryGetProperty("properties", out var props) || props.ValueKind != JsonValueKind.Object)
            {
                report.Fail(layer.FileName, number, null, "has no properties object");
                continue;
            }

            var values = new Dictionary<string, object?>(StringComparer.Ordinal);
            foreach (var prop in props.EnumerateObject())
            {
                var spec = layer.Field(prop.Name);
                if (spec is null)
                {
                    report.Fail(layer.FileName, number, prop.Name, "is not a field of this layer");
                    continue;
                }

                var (value, error) = FieldParser.FromJson(spec, prop.Value);
                if (error is not null)
                {
                    report.Fail(layer.FileName, number, spec.Name, error);
                }

                values[spec.Name] = value;
            }

            records.Add(new LayerRecord(number, values, ReadGeometry(feature, layer, number, report)));
        }

        return records;
    }

    private static NetTopologySuite.Geometries.Geometry? ReadGeometry(JsonElement feature, LayerFormat layer, int number, ValidationReport report)
    {
        if (!feature.TryGetProperty("geometry", out var element) || element.ValueKind != JsonValueKind.Object)
        {
            report.Fail(layer.FileName, number, "geometry", "is missing");
            return null;
        }

        var geometry = JsonSerializer.Deserialize<NetTopologySuite.Geometries.Geometry>(element.GetRawText(), GeometryOptions);
        if (geometry is null || !layer.GeoJsonTypes.Contains(geometry.GeometryType))
        {
            report.Fail(layer.FileName, number, "geometry", $"must be {string.Join(" or ", layer.GeoJsonTypes)}");
            return null;
        }

        if (!geometry.IsValid)
        {
            report.Fail(layer.FileName, number, "geometry", "is not valid");
        }

        // [lon, lat] near Chongqing; swapped axes would put lon near 29.
        if (geometry.Coordinates.Any(c => c.X is < 105 or > 108 || c.Y is < 28 or > 31))
        {
            report.Fail(layer.FileName, number, "geometry", "has a position outside the Chongqing area or in [lat, lon] order");
        }

        LinearRing[] shells = geometry switch
        {
            Polygon p => [p.Shell],
            MultiPolygon m => m.Geometries.Cast<Polygon>().Select(p => p.Shell).ToArray(),
            _ => [],
        };
        if (shells.Any(s => !Orientation.IsCCW(s.CoordinateSequence)))
        {
            report.Fail(layer.FileName, number, "geometry", "has a clockwise exterior ring (RFC 7946 asks for counter-clockwise)");
        }

        return geometry;
    }

    private static List<LayerRecord> ReadCsv(string text, LayerFormat layer, ValidationReport report)
    {
        using var reader = new StringReader(text);
        using var csv = new CsvParser(reader, new CsvConfiguration(System.Globalization.CultureInfo.InvariantCulture));
        if (!csv.Read() || csv.Record is not { } header)
        {
            report.Fail(layer.FileName, null, null, "has no header row");
            return [];
        }

        foreach (var name in header.Where(h => layer.CsvColumns.All(f => f.Name != h)))
        {
            report.Fail(layer.FileName, null, name, "is not a field of this layer");
        }

        var records = new List<LayerRecord>();
        var number = 0;
        while (csv.Read())
        {
            number++;
            var row = csv.Record!;
            var values = new Dictionary<string, object?>(StringComparer.Ordinal);
            for (var k = 0; k < header.Length && k < row.Length; k++)
            {
                if (layer.CsvColumns.FirstOrDefault(f => f.Name == header[k]) is not { } spec)
                {
                    continue;
                }

                var (value, error) = FieldParser.FromText(spec, row[k]);
                if (error is not null)
                {
                    report.Fail(layer.FileName, number, spec.Name, error);
                }

                values[spec.Name] = value;
            }

            records.Add(new LayerRecord(number, values, null));
        }

        return records;
    }
}
