namespace FireMap.Api.Imports;

/// <summary>One record of an import file as text, with its geometry when the format carries one.</summary>
/// <param name="Number">1-based position in the file (feature index, or CSV data row).</param>
public sealed record ImportRecord(int Number, IReadOnlyDictionary<string, string?> Values, NetTopologySuite.Geometries.Geometry? Geometry)
{
    public string? this[string field] => Values.TryGetValue(field, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
}
