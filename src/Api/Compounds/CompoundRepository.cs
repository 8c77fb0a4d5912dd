using FireMap.Api.Database;
using FireMap.Spatial.Geometry;
using Npgsql;

namespace FireMap.Api.Compounds;

/// <summary>Reads compounds: by id, and keyset-paged within a bounding box.</summary>
public sealed class CompoundRepository(NpgsqlDataSource dataSource)
{
    // Building figures come from one grouped subquery, not one query per compound.
    private const string Select = """
        SELECT x.id, x.code, x.name, x.aliases, x.address, c.code AS community_code, c.name AS community_name,
               g.code AS grid_code, x.built_year, x.property_management_unit, x.maintenance_unit, x.is_old,
               COALESCE(s.building_count, 0), COALESCE(s.occupants, 0),
               f.lanes, f.worst_status, f.active_blockages, f.blocked_length_m, f.narrowest_width_m,
               ST_AsGeoJSON(x.geom, 7) AS geometry, x.version
        FROM compounds x
        JOIN communities c ON c.id = x.community_id
        LEFT JOIN grids g ON g.id = x.grid_id
        LEFT JOIN LATERAL (
            SELECT count(*)::int AS building_count, sum(b.occupants)::int AS occupants
            FROM buildings b WHERE b.compound_id = x.id
        ) s ON true
        LEFT JOIN LATERAL (
            -- Worst first: blocked, non_compliant, narrowed, clear (see fire_lane_states).
            SELECT count(*)::int AS lanes,
                   (array_agg(st.status ORDER BY array_position(ARRAY['blocked', 'non_compliant', 'narrowed', 'clear'], st.status)))[1] AS worst_status,
                   COALESCE(sum(st.active_blockages), 0)::int AS active_blockages,
                   COALESCE(sum(st.length_m) FILTER (WHERE st.status = 'blocked'), 0)::float8 AS blocked_length_m,
                   min(st.effective_width_m) AS narrowest_width_m
            FROM fire_lanes fl JOIN fire_lane_states st ON st.lane_id = fl.id
            WHERE fl.compound_id = x.id
        ) f ON true
        """;

    private static readonly string _inBox = BoxKeysetPage.Sql(Select, "x");

    private static readonly string _countInBox = BoxKeysetPage.CountSql("compounds", "x");

    public async Task<CompoundRecord?> FindAsync(long id, CancellationToken cancellationToken)
    {
        await using var command = dataSource.Routed().CreateCommand($"{Select} WHERE x.id = @id");
        command.Parameters.AddWithValue("id", id);
        return (await ReadAsync(command, cancellationToken)).SingleOrDefault();
    }

    /// <summary>Many compounds by id in one query, for batch loaders.</summary>
    public async Task<IReadOnlyDictionary<long, CompoundRecord>> FindManyAsync(IReadOnlyCollection<long> ids, CancellationToken cancellationToken)
    {
        await using var command = dataSource.Routed().CreateCommand($"{Select} WHERE x.id = ANY (@ids)");
        command.Parameters.AddWithValue("ids", ids.ToArray());
        return (await ReadAsync(command, cancellationToken)).ToDictionary(x => x.Id);
    }

    /// <summary>Compounds whose outline's bounding box meets <paramref name="box"/>, ordered by id, after <paramref name="afterId"/>.</summary>
    public async Task<IReadOnlyList<CompoundRecord>> ListAsync(BoundingBox? box, long? scopeCommunityId, long? afterId, int limit, CancellationToken cancellationToken)
    {
        await using var command = dataSource.Routed().CreateCommand(_inBox);
        BoxKeysetPage.Bind(command.Parameters, box, scopeCommunityId, afterId, limit);
        return await ReadAsync(command, cancellationToken);
    }

    /// <summary>
    /// Compounds whose fire lanes admit a fire engine worst: worst lane state first, then the
    /// longest blocked length, the most active blockages and the narrowest gap.
    /// </summary>
    public async Task<IReadOnlyList<CompoundRecord>> WorstFireLaneAccessAsync(string? communityCode, long? scopeCommunityId, int limit,
        CancellationToken cancellationToken)
    {
        await using var command = dataSource.Routed().CreateCommand($"""
            {Select}
            WHERE f.lanes > 0 AND (@community::text IS NULL OR c.code = @community) AND (@scope::bigint IS NULL OR x.community_id = @scope)
            ORDER BY array_position(ARRAY['blocked', 'non_compliant', 'narrowed', 'clear'], f.worst_status),
                     f.blocked_length_m DESC, f.active_blockages DESC, f.narrowest_width_m, x.id
            LIMIT @limit
            """);
        command.Parameters.Add(new NpgsqlParameter("community", NpgsqlTypes.NpgsqlDbType.Text) { Value = (object?)communityCode ?? DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter("scope", NpgsqlTypes.NpgsqlDbType.Bigint) { Value = (object?)scopeCommunityId ?? DBNull.Value });
        command.Parameters.AddWithValue("limit", limit);
        return await ReadAsync(command, cancellationToken);
    }

    public async Task<int> CountAsync(BoundingBox? box, long? scopeCommunityId, CancellationToken cancellationToken)
    {
        await using var command = dataSource.Routed().CreateCommand(_countInBox);
        BoxKeysetPage.BindFilter(command.Parameters, box, scopeCommunityId);
        return (int)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    private static async Task<List<CompoundRecord>> ReadAsync(NpgsqlCommand command, CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<CompoundRecord>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(new CompoundRecord(
                reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetFieldValue<string[]>(3),
                reader.GetString(4), reader.GetString(5), reader.GetString(6), reader.GetNullableString(7),
                reader.GetNullableInt32(8), reader.GetNullableString(9), reader.GetNullableString(10), reader.GetBoolean(11),
                reader.GetInt32(12), reader.GetInt32(13),
                new FireLaneAccess(reader.GetInt32(14), reader.GetNullableString(15), reader.GetInt32(16), reader.GetDouble(17),
                    reader.IsDBNull(18) ? null : reader.GetDecimal(18)),
                reader.GetGeoJson(19), reader.GetInt32(20)));
        }

        return rows;
    }
}
