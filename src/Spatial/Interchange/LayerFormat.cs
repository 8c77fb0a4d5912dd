namespace FireMap.Spatial.Interchange;

/// <summary>An importable layer: its name, files, table, geometry, place in the load order and fields.</summary>
/// <param name="LoadOrder">1-based position in the load order; a layer only refers to layers before it.</param>
/// <param name="Name">Layer name, also the stem of its file names (<c>fire-lanes</c>).</param>
/// <param name="Table">The table the layer's records are stored in (<c>fire_lanes</c>).</param>
/// <param name="Geometry">The geometry each record carries.</param>
/// <param name="Fields">The record's fields in documentation order; <c>lon</c>/<c>lat</c> are geometry, not fields.</param>
public sealed record LayerFormat(int LoadOrder, string Name, string Table, GeometryKind Geometry, IReadOnlyList<FieldFormat> Fields)
{
    /// <summary>The layer's file in a data folder: <c>{name}.geojson</c>, or <c>{name}.csv</c> for a CSV layer.</summary>
    public string FileName => IsCsvOnly ? $"{Name}.csv" : $"{Name}.geojson";

    /// <summary>
    /// The CSV file name a point layer also loads from (<c>lon</c>/<c>lat</c> columns, or an
    /// <c>address</c> to place); null for line and area layers.
    /// </summary>
    public string? CsvFileName => Geometry is GeometryKind.Point or GeometryKind.OptionalLonLat ? $"{Name}.csv" : null;

    /// <summary>True for a layer that only comes as CSV (its geometry is optional <c>lon</c>/<c>lat</c>).</summary>
    public bool IsCsvOnly => Geometry == GeometryKind.OptionalLonLat;

    /// <summary>The GeoJSON geometry types a feature may have; empty for a CSV-only layer.</summary>
    public IReadOnlyList<string> GeoJsonTypes => Geometry switch
    {
        GeometryKind.Point => ["Point"],
        GeometryKind.LineString => ["LineString"],
        GeometryKind.MultiPolygon => ["Polygon", "MultiPolygon"],
        _ => [],
    };

    /// <summary>The columns a CSV file of this layer may have: the fields, then <c>lon</c> and <c>lat</c>.</summary>
    public IReadOnlyList<FieldFormat> CsvColumns =>
        CsvFileName is null ? Fields : [.. Fields, ImportFormat.Longitude, ImportFormat.Latitude];

    /// <summary>The field named <paramref name="name"/>, or null.</summary>
    /// <param name="name">A field name (exact).</param>
    public FieldFormat? Field(string name) => Fields.FirstOrDefault(field => field.Name == name);
}
