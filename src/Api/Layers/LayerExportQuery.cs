using FireMap.Api.Database;
using FireMap.Spatial.Interchange;
using NetTopologySuite.Geometries;
using Npgsql;
using NpgsqlTypes;

namespace FireMap.Api.Layers;

/// <summary>
/// Reads a layer for export in the import format's own fields (docs/import-formats.md), so that an
/// exported file imports back unchanged: references as codes, times with their offset, lists
/// <c>|</c>-separated, in a coordinate system PostGIS transforms to. Personal fields (a building
/// chief's name and phone) are never exported; an upsert of the file keeps them.
/// </summary>
internal static class LayerExportQuery
{
    /// <summary>Fields no export carries: personal data, read only through audited fields.</summary>
    public static readonly IReadOnlySet<string> Personal = new HashSet<string>(StringComparer.Ordinal) { "chief_name", "chief_phone" };

    /// <summary>The fields an export of the layer carries, in the import format's order.</summary>
    public static IReadOnlyList<FieldFormat> Fields(LayerFormat layer) => [.. layer.Fields.Where(f => !Personal.Contains(f.Name))];

    // The community a record belongs to, for the scope of community staff and grid workers; NULL for shared records.
    private static string CommunityOf(LayerFormat layer) => layer.Table switch
    {
        "communities" => "t.id",
        "grids" or "compounds" or "buildings" or "places" or "stations" or "hazards" => "t.community_id",
        "fire_lanes" => "(SELECT x.community_id FROM compounds x WHERE x.id = t.compound_id)",
        "blockages" => "(SELECT x.community_id FROM fire_lanes l JOIN compounds x ON x.id = l.compound_id WHERE l.id = t.lane_id)",
        "incidents" => "COALESCE((SELECT b.community_id FROM buildings b WHERE b.id = t.building_id), (SELECT p.community_id FROM places p WHERE p.id = t.place_id))",
        _ => "NULL::bigint",
    };

    private static string Expression(FieldFormat field) => field.Kind switch
    {
        FieldKind.Reference => $"(SELECT r.code FROM {ImportFormat.Get(field.References!).Table} r WHERE r.id = t.{field.Name.Replace("_code", "_id", StringComparison.Ordinal)})",
        FieldKind.SubjectReference => "CASE t.subject_type " + string.Join(" ", ImportFormat.SubjectLayers.Select(pair =>
            $"WHEN '{pair.Key}' THEN (SELECT r.code FROM {ImportFormat.Get(pair.Value).Table} r WHERE r.id = t.subject_id)")) + " END",
        FieldKind.TextList => $"array_to_string(t.{field.Name}, '|')",
        FieldKind.Date => $"to_char(t.{field.Name}, 'YYYY-MM-DD')",
        // China Standard Time with its offset, to the microsecond the column holds.
        FieldKind.Timestamp => $"to_char(t.{field.Name} AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD\"T\"HH24:MI:SS.US') || '+08:00'",
        _ => $"t.{field.Name}::text",
    };

    /// <summary>The layer's records with the export's fields as text, geometry in <paramref name="srid"/>, RFC 7946 ring order.</summary>
    public static async Task<List<(string?[] Values, Geometry? Geometry)>> ReadAsync(NpgsqlDataSource dataSource, LayerFormat layer, int srid,
        long? scope, CancellationToken cancellationToken)
    {
        var fields = Fields(layer);
        // Table and column names come from the import format, never from the request.
        var sql = $"""
            SELECT {string.Join(", ", fields.Select(Expression))},
                   -- RFC 7946 ring order for areas only: PostGIS 3.3 reverses a line too, which would turn one-way roads.
                   CASE WHEN ST_Dimension(t.geom) = 2 THEN ST_ForcePolygonCCW(g.geom) ELSE g.geom END
            FROM {layer.Table} t
            CROSS JOIN LATERAL (SELECT CASE WHEN @srid = 4326 THEN t.geom ELSE ST_Transform(t.geom, @srid) END AS geom) g
            WHERE @scope::bigint IS NULL OR {CommunityOf(layer)} IS NULL OR {CommunityOf(layer)} = @scope
            ORDER BY t.code
            """;
        await using var command = dataSource.Routed().CreateCommand(sql);
        command.Parameters.AddWithValue("srid", srid);
        command.Parameters.Add(new NpgsqlParameter("scope", NpgsqlDbType.Bigint) { Value = (object?)scope ?? DBNull.Value });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<(string?[], Geometry?)>();
        while (await reader.ReadAsync(cancellationToken))
        {
            var values = new string?[fields.Count];
            for (var i = 0; i < fields.Count; i++)
            {
                values[i] = reader.IsDBNull(i) ? null : reader.GetString(i);
            }

            rows.Add((values, reader.IsDBNull(fields.Count) ? null : reader.GetFieldValue<Geometry>(fields.Count)));
        }

        return rows;
    }
}
