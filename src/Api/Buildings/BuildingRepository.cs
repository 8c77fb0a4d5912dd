using FireMap.Api.Database;
using FireMap.Spatial.Geometry;
using Npgsql;

namespace FireMap.Api.Buildings;

/// <summary>Reads buildings: by id, and keyset-paged within a bounding box.</summary>
public sealed class BuildingRepository(NpgsqlDataSource dataSource)
{
    // chief_name and chief_phone are personal data: never selected here.
    public const string Columns = """
        b.id, b.code, b.name, b.building_no, b.address, b.floors, b.height_m, b.use_class, b.is_high_rise,
               b.built_year, b.management_unit, b.maintenance_unit, b.alarm_system, b.smoke_control_system,
               b.sprinkler_system, b.hydrant_system, b.changed_use, b.mixed_use, b.occupants,
               b.compound_id, x.name AS compound_name, c.code AS community_code, c.name AS community_name,
               ST_AsGeoJSON(b.geom, 7) AS geometry, b.version
        """;

    /// <summary>The joins <see cref="Columns"/> needs, after a <c>buildings b</c> row source.</summary>
    public const string Joins = """
        JOIN communities c ON c.id = b.community_id
        LEFT JOIN compounds x ON x.id = b.compound_id
        """;

    private const string Select = $"SELECT {Columns} FROM buildings b {Joins}";

    // @missing: buildings lacking any of these (Codes.BuildingGap); blank text counts as missing.
    private const string Missing = """
        @missing::text[] IS NULL
        OR ('management_unit' = ANY (@missing) AND NULLIF(btrim(b.management_unit), '') IS NULL)
        OR ('maintenance_unit' = ANY (@missing) AND NULLIF(btrim(b.maintenance_unit), '') IS NULL)
        OR ('chief' = ANY (@missing) AND NULLIF(btrim(b.chief_name), '') IS NULL)
        """;

    private static readonly string _inBox = BoxKeysetPage.Sql(Select, "b", Missing);

    private static readonly string _countInBox = BoxKeysetPage.CountSql("buildings", "b", Missing);

    public async Task<BuildingRecord?> FindAsync(long id, CancellationToken cancellationToken)
    {
        await using var command = dataSource.Routed().CreateCommand($"{Select} WHERE b.id = @id");
        command.Parameters.AddWithValue("id", id);
        var rows = await ReadAsync(command, cancellationToken);
        return rows.SingleOrDefault();
    }

    /// <summary>Many buildings by id in one query, for batch loaders.</summary>
    public async Task<IReadOnlyDictionary<long, BuildingRecord>> FindManyAsync(IReadOnlyCollection<long> ids, CancellationToken cancellationToken)
    {
        await using var command = dataSource.Routed().CreateCommand($"{Select} WHERE b.id = ANY (@ids)");
        command.Parameters.AddWithValue("ids", ids.ToArray());
        return (await ReadAsync(command, cancellationToken)).ToDictionary(b => b.Id);
    }

    /// <summary>Buildings whose footprint's bounding box meets <paramref name="box"/>, ordered by id, after <paramref name="afterId"/>.</summary>
    public async Task<IReadOnlyList<BuildingRecord>> ListAsync(BoundingBox? box, long? scopeCommunityId, long? afterId, int limit, CancellationToken cancellationToken,
        IReadOnlyList<string>? missing = null)
    {
        await using var command = dataSource.Routed().CreateCommand(_inBox);
        BoxKeysetPage.Bind(command.Parameters, box, scopeCommunityId, afterId, limit);
        BindMissing(command, missing);
        return await ReadAsync(command, cancellationToken);
    }

    public async Task<int> CountAsync(BoundingBox? box, long? scopeCommunityId, CancellationToken cancellationToken, IReadOnlyList<string>? missing = null)
    {
        await using var command = dataSource.Routed().CreateCommand(_countInBox);
        BoxKeysetPage.BindFilter(command.Parameters, box, scopeCommunityId);
        BindMissing(command, missing);
        return (int)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    private static void BindMissing(NpgsqlCommand command, IReadOnlyList<string>? missing) =>
        command.Parameters.Add(new NpgsqlParameter("missing", NpgsqlTypes.NpgsqlDbType.Array | NpgsqlTypes.NpgsqlDbType.Text)
        {
            Value = missing is { Count: > 0 } ? missing.ToArray() : DBNull.Value,
        });

    private static async Task<List<BuildingRecord>> ReadAsync(NpgsqlCommand command, CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<BuildingRecord>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(Read(reader));
        }

        return rows;
    }

    /// <summary>Reads the <see cref="Columns"/> of the current row.</summary>
    internal static BuildingRecord Read(NpgsqlDataReader reader) =>
        new(
            reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetNullableString(3), reader.GetString(4),
            reader.GetInt32(5), reader.GetDecimal(6), reader.GetString(7), reader.GetBoolean(8),
            reader.GetNullableInt32(9), reader.GetNullableString(10), reader.GetNullableString(11),
            reader.GetString(12), reader.GetString(13), reader.GetString(14), reader.GetString(15),
            reader.GetBoolean(16), reader.GetBoolean(17), reader.GetInt32(18),
            reader.GetNullableInt64(19), reader.GetNullableString(20), reader.GetString(21), reader.GetString(22),
            reader.GetGeoJson(23), reader.GetInt32(24));
}
