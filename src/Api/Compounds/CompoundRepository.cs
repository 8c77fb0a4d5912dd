using System.Globalization;
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
               COALESCE(s.building_count, 0), COALESCE(s.occupants, 0), ST_AsGeoJSON(x.geom, 7) AS geometry
        FROM compounds x
        JOIN communities c ON c.id = x.community_id
        LEFT JOIN grids g ON g.id = x.grid_id
        LEFT JOIN LATERAL (
            SELECT count(*)::int AS building_count, sum(b.occupants)::int AS occupants
            FROM buildings b WHERE b.compound_id = x.id
        ) s ON true
        """;

    private static readonly string _inBox = $"""
        {Select}
        WHERE {string.Format(CultureInfo.InvariantCulture, BoxParameters.Filter, "x")} AND (@after IS NULL OR x.id > @after)
        ORDER BY x.id
        LIMIT @limit
        """;

    private static readonly string _countInBox =
        $"SELECT count(*) FROM compounds x WHERE {string.Format(CultureInfo.InvariantCulture, BoxParameters.Filter, "x")}";

    public async Task<CompoundRecord?> FindAsync(long id, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand($"{Select} WHERE x.id = @id");
        command.Parameters.AddWithValue("id", id);
        return (await ReadAsync(command, cancellationToken)).SingleOrDefault();
    }

    /// <summary>Compounds whose outline's bounding box meets <paramref name="box"/>, ordered by id, after <paramref name="afterId"/>.</summary>
    public async Task<IReadOnlyList<CompoundRecord>> ListAsync(BoundingBox? box, long? afterId, int limit, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(_inBox);
        BoxParameters.Add(command.Parameters, box);
        command.Parameters.Add(new NpgsqlParameter("after", NpgsqlTypes.NpgsqlDbType.Bigint) { Value = (object?)afterId ?? DBNull.Value });
        command.Parameters.AddWithValue("limit", limit);
        return await ReadAsync(command, cancellationToken);
    }

    public async Task<int> CountAsync(BoundingBox? box, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(_countInBox);
        BoxParameters.Add(command.Parameters, box);
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
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
                reader.GetInt32(12), reader.GetInt32(13), reader.GetJson(14)));
        }

        return rows;
    }
}
