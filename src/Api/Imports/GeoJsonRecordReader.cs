using System.Text.Json;
using FireMap.Api.Errors;
using FireMap.Spatial.Interchange;
using NetTopologySuite.IO.Converters;

namespace FireMap.Api.Imports;

/// <summary>
/// Reads a GeoJSON FeatureCollection into <see cref="ImportRecord"/>s. The collection may name its
/// system in a <c>crs</c> member (GeoJSON 2008); a feature or geometry may only repeat it.
/// </summary>
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
        var source = await ReadSourceAsync(stream, layer, cancellationToken);
        return source.Issues.FirstOrDefault() is { } issue
            ? throw ImportRejection.At(layer, issue.Record, issue.Field, issue.Reason)
            : source.Records;
    }

    /// <summary>Reads every feature it can; a feature that cannot be read is an issue, not the end of the file.</summary>
    public static async Task<SourceData> ReadSourceAsync(Stream stream, string layer, CancellationToken cancellationToken)
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

            var crs = CrsOf(root, layer, 0) ?? CoordinateSystem.Wgs84;
            var records = new List<ImportRecord>(features.GetArrayLength());
            var issues = new List<ImportIssue>();
            var fieldNames = new List<string>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var number = 0;
            foreach (var feature in features.EnumerateArray())
            {
                number++;
                try
                {
                    var record = ReadFeature(feature, layer, number, crs);
                    records.Add(record);
                    fieldNames.AddRange(record.Values.Keys.Where(seen.Add));
                }
                catch (Rejection rejection)
                {
                    issues.Add(ImportRejection.IssueOf(rejection, layer));
                }
            }

            return new SourceData("geojson", records, fieldNames, crs, null, issues);
        }
    }

    private static ImportRecord ReadFeature(JsonElement feature, string layer, int number, CoordinateSystem crs)
    {
        if (feature.ValueKind != JsonValueKind.Object || !feature.TryGetProperty("geometry", out var geometryElement) ||
            geometryElement.ValueKind != JsonValueKind.Object)
        {
            throw ImportRejection.At(layer, number, null, "the feature has no geometry");
        }

        CheckSameCrs(feature, layer, number, crs);
        CheckSameCrs(geometryElement, layer, number, crs);
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
            geometry.SRID = crs.Epsg;
        }

        return new ImportRecord(number, values, geometry);
    }

    // RFC 7946 dropped "crs" (coordinates are WGS84 longitude, latitude), but files written by
    // GIS tools still name their system there; a named system is honoured, never guessed.
    private static CoordinateSystem? CrsOf(JsonElement element, string layer, int number)
    {
        if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty("crs", out var crs) || crs.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        var name = crs.ValueKind == JsonValueKind.Object && crs.TryGetProperty("properties", out var properties)
            && properties.ValueKind == JsonValueKind.Object && properties.TryGetProperty("name", out var value)
            && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
        return CoordinateSystem.TryParse(name)
            ?? throw ImportRejection.At(layer, number, "crs",
                $"names the coordinate system '{name ?? crs.GetRawText()[..Math.Min(80, crs.GetRawText().Length)]}', which is no EPSG code or system FireMap knows; give crs=EPSG:nnnn with the import");
    }

    // A feature or geometry naming another system than its collection would mix systems in one layer.
    private static void CheckSameCrs(JsonElement element, string layer, int number, CoordinateSystem collection)
    {
        if (CrsOf(element, layer, number) is { } own && own != collection)
        {
            throw ImportRejection.At(layer, number, "crs",
                $"names {own}, but the file's positions are in {collection}; one file holds one coordinate system");
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
