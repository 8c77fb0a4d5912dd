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
    /// The UPDATE of one record by id that changes it only where it differs; the affected row count
    /// says updated (1) or unchanged (0). Fields in <paramref name="kept"/> (those the file does not
    /// give) keep their stored values. Parameters: the other fields in order, the geometry, the id
    /// (see <see cref="UpdateValues"/>). Geometry counts as the same below 1e-9° (0.1 mm) and whatever
    /// its ring orientation, so a record exported and imported back is unchanged.
    /// </summary>
    public static string UpdateFor(LayerFormat layer, IReadOnlySet<string> kept)
    {
        var fields = UpdatedFields(layer, kept);
        var columns = fields.Select(Columns.Of).ToList();
        var parameters = Enumerable.Range(1, columns.Count).Select(i => $"${i}").ToList();
        var geometryParameter = columns.Count + 1;
        var geometry = layer.Geometry == GeometryKind.OptionalLonLat
            ? string.Format(System.Globalization.CultureInfo.InvariantCulture, SubjectLocation,
                geometryParameter, fields.FindIndex(f => Columns.Of(f) == "subject_type") + 1, fields.FindIndex(f => Columns.Of(f) == "subject_id") + 1)
            : $"${geometryParameter}::geometry";
        return $"""
            UPDATE {layer.Table} SET ({string.Join(", ", columns)}, geom) = ({string.Join(", ", parameters)}, {geometry})
            WHERE id = ${columns.Count + 2}
              AND (({string.Join(", ", columns)}) IS DISTINCT FROM ({string.Join(", ", parameters)})
                   OR NOT ST_OrderingEquals({Ccw("geom")}, {Ccw(geometry)}))
            """;
    }

    // Snapped to 1e-9° and, for areas only, in one ring order (PostGIS 3.3 would reverse a line too).
    private static string Ccw(string geometry) =>
        $"(SELECT CASE WHEN ST_Dimension(s.g) = 2 THEN ST_ForcePolygonCCW(s.g) ELSE s.g END FROM (SELECT ST_SnapToGrid({geometry}, 1e-9) AS g) s)";

    /// <summary>The parameter values of <see cref="UpdateFor"/> from an INSERT row (fields, then geometry) and the id.</summary>
    public static object?[] UpdateValues(LayerFormat layer, IReadOnlySet<string> kept, object?[] row, long id) =>
        [.. layer.Fields.Select((field, i) => (field, i)).Where(p => !kept.Contains(p.field.Name)).Select(p => row[p.i]), row[^1], id];

    // Required fields are always given (a record without one is refused), so subject_type and subject_id stay.
    private static List<FieldFormat> UpdatedFields(LayerFormat layer, IReadOnlySet<string> kept) =>
        [.. layer.Fields.Where(field => !kept.Contains(field.Name))];

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
