namespace FireMap.Api.Imports;

/// <summary>An importable layer: its file, its table, its geometry and its fields.</summary>
public sealed record LayerSpec(string Name, string Table, GeometryKind Geometry, IReadOnlyList<FieldSpec> Fields)
{
    /// <summary>File name in a data folder: <c>{name}.geojson</c>, or <c>{name}.csv</c> for CSV layers.</summary>
    public string FileName => Geometry == GeometryKind.OptionalLonLat ? $"{Name}.csv" : $"{Name}.geojson";

    /// <summary>Point layers also load from CSV: <c>lon</c>/<c>lat</c> columns, or an <c>address</c> to geocode.</summary>
    public string? CsvFileName => Geometry is GeometryKind.Point or GeometryKind.OptionalLonLat ? $"{Name}.csv" : null;
}
