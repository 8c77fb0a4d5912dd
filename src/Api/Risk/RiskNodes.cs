using FireMap.Api.Buildings;
using FireMap.Api.Compounds;
using FireMap.Api.Database;
using Npgsql;

namespace FireMap.Api.Risk;

/// <summary>
/// The compounds and buildings of a ranking page, fetched with one query per page (the ranking's batch
/// loaders call this), as the <c>Compound</c> and <c>Building</c> types publish them.
/// </summary>
public sealed class RiskNodes(NpgsqlDataSource dataSource)
{
    // The columns and joins of CompoundRepository's select, for many ids at once (that repository reads one
    // id or a box). RiskApiTests compares a ranking's node with compound(id) field by field to keep them in step.
    private const string CompoundsById = """
        SELECT x.id, x.code, x.name, x.aliases, x.address, c.code AS community_code, c.name AS community_name,
               g.code AS grid_code, x.built_year, x.property_management_unit, x.maintenance_unit, x.is_old,
               COALESCE(s.building_count, 0), COALESCE(s.occupants, 0),
               f.lanes, f.worst_status, f.active_blockages, f.blocked_length_m, f.narrowest_width_m,
               ST_AsGeoJSON(x.geom, 7) AS geometry
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
        WHERE x.id = ANY (@ids)
        """;

    private const string BuildingsById = $"SELECT {BuildingRepository.Columns} FROM buildings b {BuildingRepository.Joins} WHERE b.id = ANY (@ids)";

    public async Task<IReadOnlyDictionary<long, CompoundRecord>> CompoundsAsync(IReadOnlyCollection<long> ids, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(CompoundsById);
        command.Parameters.AddWithValue("ids", ids.ToArray());
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new Dictionary<long, CompoundRecord>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows[reader.GetInt64(0)] = new CompoundRecord(
                reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetFieldValue<string[]>(3),
                reader.GetString(4), reader.GetString(5), reader.GetString(6), reader.GetNullableString(7),
                reader.GetNullableInt32(8), reader.GetNullableString(9), reader.GetNullableString(10), reader.GetBoolean(11),
                reader.GetInt32(12), reader.GetInt32(13),
                new FireLaneAccess(reader.GetInt32(14), reader.GetNullableString(15), reader.GetInt32(16), reader.GetDouble(17),
                    reader.IsDBNull(18) ? null : reader.GetDecimal(18)),
                reader.GetJson(19));
        }

        return rows;
    }

    public async Task<IReadOnlyDictionary<long, BuildingRecord>> BuildingsAsync(IReadOnlyCollection<long> ids, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(BuildingsById);
        command.Parameters.AddWithValue("ids", ids.ToArray());
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new Dictionary<long, BuildingRecord>();
        while (await reader.ReadAsync(cancellationToken))
        {
            var building = BuildingRepository.Read(reader);
            rows[building.Id] = building;
        }

        return rows;
    }
}
