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

    /// <summary>Longest field name a shapefile's dBASE table holds.</summary>
    public const int ShapefileNameLength = 10;

    /// <summary>
    /// The field's column name in a shapefile, whose dBASE table holds at most 10 characters: the
    /// name cut to 10, or, where two cuts would meet, cut to 8 and numbered (<c>_1</c>, <c>_2</c>).
    /// Exports write these names and imports read them back.
    /// </summary>
    /// <param name="field">A field of this layer.</param>
    public string ShapefileName(FieldFormat field)
    {
        ArgumentNullException.ThrowIfNull(field);
        if (field.Name.Length <= ShapefileNameLength)
        {
            return field.Name;
        }

        var cut = field.Name[..ShapefileNameLength];
        var clashing = Fields.Where(other => other.Name.Length >= ShapefileNameLength && other.Name[..ShapefileNameLength] == cut).ToList();
        return clashing.Count == 1 ? cut : $"{field.Name[..8]}_{clashing.IndexOf(field) + 1}";
    }

    /// <summary>The field named <paramref name="name"/>, or null.</summary>
    /// <param name="name">A field name (exact).</param>
    public FieldFormat? Field(string name) => Fields.FirstOrDefault(field => field.Name == name);
}
