using System.Text.Json;

namespace FireMap.Spatial.Tests.Geocoding.Support;

/// <summary>One feature of a demo GeoJSON file: its properties and a representative WGS84 point.</summary>
public sealed record DemoFeature(JsonElement Properties, double Lon, double Lat)
{
    /// <summary>A string property, or null when absent or null.</summary>
    public string? Text(string name) =>
        Properties.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    /// <summary>A string-array property, empty when absent or null.</summary>
    public IReadOnlyList<string> Texts(string name) =>
        Properties.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Array
            ? [.. v.EnumerateArray().Select(e => e.GetString()!)]
            : [];

    /// <summary>A required string property.</summary>
    public string Required(string name) => Text(name) ?? throw new InvalidDataException($"feature without {name}");
}
