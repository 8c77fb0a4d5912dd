using FireMap.Spatial.Interchange;

namespace FireMap.Api.Imports;

/// <summary>The INSERT statement of a layer: one positional parameter per field, then the geometry.</summary>
internal static class InsertSql
{
    // A hazard given without lon/lat is placed on its subject: inside a polygon, mid-way along a lane.
    private const string SubjectLocation = """
        COALESCE(${0}::geometry, CASE ${1}
            WHEN 'building'  THEN (SELECT ST_PointOnSurface(geom) FROM buildings  WHERE id = ${2})
            WHEN 'compound'  THEN (SELECT ST_PointOnSurface(geom) FROM compounds  WHERE id = ${2})
            WHEN 'place'     THEN (SELECT geom                    FROM places     WHERE id = ${2})
            WHEN 'fire_lane' THEN (SELECT ST_LineInterpolatePoint(geom, 0.5) FROM fire_lanes WHERE id = ${2})
        END)
        """;

    public static string For(LayerFormat layer)
    {
        var columns = layer.Fields.Select(Columns.Of).ToList();
        var parameters = Enumerable.Range(1, columns.Count).Select(i => $"${i}").ToList();
        return $"INSERT INTO {layer.Table} ({string.Join(", ", columns)}, geom) VALUES ({string.Join(", ", parameters)}, {Geometry(layer)})";
    }

    /// <summary>
    /// The UPDATE of one record by id (the last parameter, after the fields and the geometry) that
    /// changes it only where it differs; the affected row count says updated (1) or unchanged (0).
    /// Geometry counts as the same below 1e-9° (0.1 mm), so a record exported and imported back is unchanged.
    /// </summary>
    public static string UpdateFor(LayerFormat layer)
    {
        var columns = layer.Fields.Select(Columns.Of).ToList();
        var parameters = Enumerable.Range(1, columns.Count).Select(i => $"${i}").ToList();
        var geometry = Geometry(layer);
        return $"""
            UPDATE {layer.Table} SET ({string.Join(", ", columns)}, geom) = ({string.Join(", ", parameters)}, {geometry})
            WHERE id = ${columns.Count + 2}
              AND (({string.Join(", ", columns)}) IS DISTINCT FROM ({string.Join(", ", parameters)})
                   OR NOT ST_OrderingEquals(ST_SnapToGrid(geom, 1e-9), ST_SnapToGrid({geometry}, 1e-9)))
            """;
    }

    private static string Geometry(LayerFormat layer)
    {
        var geometryParameter = layer.Fields.Count + 1;
        return layer.Geometry == GeometryKind.OptionalLonLat
            ? string.Format(System.Globalization.CultureInfo.InvariantCulture, SubjectLocation,
                geometryParameter, Position(layer, "subject_type"), Position(layer, "subject_id"))
            : $"${geometryParameter}::geometry";
    }

    private static int Position(LayerFormat layer, string column) =>
        layer.Fields.ToList().FindIndex(field => Columns.Of(field) == column) + 1;
}
