namespace FireMap.Api.Imports;

/// <summary>An importable layer: its file, its table, its geometry and its fields.</summary>
public sealed record LayerSpec(string Name, string Table, GeometryKind Geometry, IReadOnlyList<FieldSpec> Fields)
{
    /// <summary>File name in a data folder: <c>{name}.geojson</c>, or <c>{name}.csv</c> for CSV layers.</summary>
    public string FileName => Geometry == GeometryKind.OptionalLonLat ? $"{Name}.csv" : $"{Name}.geojson";
}
