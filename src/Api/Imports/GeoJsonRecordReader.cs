using System.Text.Json;
using NetTopologySuite.IO.Converters;

namespace FireMap.Api.Imports;

/// <summary>Reads a GeoJSON FeatureCollection into <see cref="ImportRecord"/>s.</summary>
public static class GeoJsonRecordReader
{
    private static readonly JsonSerializerOptions _geometryOptions = new()
    {
        Converters = { new GeoJsonConverterFactory(new NetTopologySuite.Geometries.GeometryFactory(new(), 4326)) },
    };

    private static readonly NetTopologySuite.IO.WKBWriter _writer2D = new(NetTopologySuite.IO.ByteOrder.LittleEndian, false, false, false);
    private static readonly NetTopologySuite.IO.WKBReader _reader2D = new();

    public static async Task<IReadOnlyList<ImportRecord>> ReadAsync(Stream stream, string layer, CancellationToken cancellationToken)
    {
        JsonDocument document;
        try
        {
            document = await JsonDocument.ParseAsync(stream, cancellationToken: cancellationToken);
        }
        catch (JsonException e)
        {
            // The parser's message names .NET types; the position is what the sender needs.
            throw ImportRejection.At(layer, 0, null,
                $"not valid UTF-8 JSON (line {(e.LineNumber ?? 0) + 1}, byte {(e.BytePositionInLine ?? 0) + 1}); GeoJSON files must be UTF-8");
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("features", out var features) ||
                features.ValueKind != JsonValueKind.Array)
            {
                throw ImportRejection.At(layer, 0, null, "not a GeoJSON FeatureCollection (no 'features' array)");
            }

            CheckCrs(root, layer, 0);

            var records = new List<ImportRecord>(features.GetArrayLength());
            var number = 0;
            foreach (var feature in features.EnumerateArray())
            {
                number++;
                records.Add(ReadFeature(feature, layer, number));
            }

            return records;
        }
    }

    private static ImportRecord ReadFeature(JsonElement feature, string layer, int number)
    {
        if (feature.ValueKind != JsonValueKind.Object || !feature.TryGetProperty("geometry", out var geometryElement) ||
            geometryElement.ValueKind != JsonValueKind.Object)
        {
            throw ImportRejection.At(layer, number, null, "the feature has no geometry");
        }

        CheckCrs(feature, layer, number);
        CheckCrs(geometryElement, layer, number);
        if (GeoJsonShape.FindProblem(geometryElement) is { } shape)
        {
            throw ImportRejection.At(layer, number, "geometry", shape);
        }

        NetTopologySuite.Geometries.Geometry? geometry;
        try
        {
            geometry = geometryElement.Deserialize<NetTopologySuite.Geometries.Geometry>(_geometryOptions);
        }
        catch (Exception e) when (e is JsonException or ArgumentException or InvalidOperationException or FormatException
            or IndexOutOfRangeException or InvalidCastException or NotSupportedException)
        {
            // The reader's own message names .NET types; say what GeoJSON expects instead.
            throw ImportRejection.At(layer, number, "geometry", "not a GeoJSON geometry (a type and its coordinates, RFC 7946)");
        }

        var values = new Dictionary<string, string?>(StringComparer.Ordinal);
        if (feature.TryGetProperty("properties", out var properties) && properties.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in properties.EnumerateObject())
            {
                try
                {
                    values[property.Name] = AsText(property.Value);
                }
                catch (InvalidOperationException)
                {
                    // An escaped lone surrogate ("\ud800") cannot become a .NET string; an object is no value.
                    throw ImportRejection.At(layer, number, property.Name,
                        "is not a value this format takes (a JSON object, or text with a lone surrogate escape); give text, a number, true/false or a list");
                }
            }
        }

        if (geometry is not null)
        {
            // The tables hold 2D geometry; a height in a position ([lon, lat, h]) is dropped.
            geometry = _reader2D.Read(_writer2D.Write(geometry));
            geometry.SRID = 4326;
        }

        return new ImportRecord(number, values, geometry);
    }

    // RFC 7946 dropped "crs": coordinates are WGS84 longitude, latitude. A file that names another
    // system would be read as if it were WGS84, so it is refused rather than misplaced.
    private static readonly string[] _wgs84Names =
        ["urn:ogc:def:crs:OGC:1.3:CRS84", "urn:ogc:def:crs:OGC::CRS84", "OGC:CRS84", "CRS84", "EPSG:4326", "urn:ogc:def:crs:EPSG::4326"];

    private static void CheckCrs(JsonElement element, string layer, int number)
    {
        if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty("crs", out var crs) || crs.ValueKind == JsonValueKind.Null)
        {
            return;
        }

        var name = crs.ValueKind == JsonValueKind.Object && crs.TryGetProperty("properties", out var properties)
            && properties.ValueKind == JsonValueKind.Object && properties.TryGetProperty("name", out var value)
            && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
        if (name is null || !_wgs84Names.Contains(name, StringComparer.OrdinalIgnoreCase))
        {
            throw ImportRejection.At(layer, number, "crs",
                $"names the coordinate system '{name ?? crs.GetRawText()[..Math.Min(80, crs.GetRawText().Length)]}'; only WGS84 (CRS84, EPSG:4326) longitude/latitude is accepted; transform the file first");
        }
    }

    // Arrays become |-separated text so that GeoJSON and CSV files share one field parser.
    private static string? AsText(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        JsonValueKind.String => value.GetString(),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        JsonValueKind.Number => value.GetRawText(),
        JsonValueKind.Array => string.Join('|', value.EnumerateArray().Select(AsText).Where(v => v is not null)),
        // An object is no field's value; reading it as its JSON text would store it as a name.
        _ => throw new InvalidOperationException("not a value"),
    };
}
