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
        var geometryParameter = columns.Count + 1;
        var geometry = layer.Geometry == GeometryKind.OptionalLonLat
            ? string.Format(System.Globalization.CultureInfo.InvariantCulture, SubjectLocation,
                geometryParameter, Position(layer, "subject_type"), Position(layer, "subject_id"))
            : $"${geometryParameter}";
        return $"INSERT INTO {layer.Table} ({string.Join(", ", columns)}, geom) VALUES ({string.Join(", ", parameters)}, {geometry})";
    }

    private static int Position(LayerFormat layer, string column) =>
        layer.Fields.ToList().FindIndex(field => Columns.Of(field) == column) + 1;
}
