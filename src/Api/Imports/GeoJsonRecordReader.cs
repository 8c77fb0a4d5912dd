using System.Globalization;
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

    public static async Task<IReadOnlyList<ImportRecord>> ReadAsync(Stream stream, string layer, CancellationToken cancellationToken)
    {
        JsonDocument document;
        try
        {
            document = await JsonDocument.ParseAsync(stream, cancellationToken: cancellationToken);
        }
        catch (JsonException e)
        {
            throw ImportRejection.At(layer, 0, null, $"not valid JSON ({e.Message})");
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("features", out var features) ||
                features.ValueKind != JsonValueKind.Array)
            {
                throw ImportRejection.At(layer, 0, null, "not a GeoJSON FeatureCollection (no 'features' array)");
            }

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

        NetTopologySuite.Geometries.Geometry? geometry;
        try
        {
            geometry = geometryElement.Deserialize<NetTopologySuite.Geometries.Geometry>(_geometryOptions);
        }
        catch (Exception e) when (e is JsonException or ArgumentException or InvalidOperationException)
        {
            throw ImportRejection.At(layer, number, "geometry", $"not a GeoJSON geometry ({e.Message})");
        }

        var values = new Dictionary<string, string?>(StringComparer.Ordinal);
        if (feature.TryGetProperty("properties", out var properties) && properties.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in properties.EnumerateObject())
            {
                values[property.Name] = AsText(property.Value);
            }
        }

        if (geometry is not null)
        {
            geometry.SRID = 4326;
        }

        return new ImportRecord(number, values, geometry);
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
        _ => value.GetRawText(),
    };
}
