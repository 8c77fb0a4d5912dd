using System.Text.Json;
using FireMap.Api.Database;
using Npgsql;
using NpgsqlTypes;

namespace FireMap.Api.Units;

/// <summary>Reads units: by id, and keyset-paged by filter with the total. Premises, trainings and concerns come in the same statement.</summary>
public sealed class UnitRepository(NpgsqlDataSource dataSource)
{
    private static readonly JsonSerializerOptions _json = new(JsonSerializerDefaults.Web);

    public async Task<UnitRecord?> FindAsync(long id, long? scopeCommunityId, CancellationToken cancellationToken)
    {
        await using var command = dataSource.Routed().CreateCommand(
            $"SELECT {UnitSql.Columns} {UnitSql.From} WHERE u.id = @id AND (@scope::bigint IS NULL OR u.community_id = @scope)");
        command.Parameters.AddWithValue("id", id);
        command.Parameters.Add(new NpgsqlParameter("scope", NpgsqlDbType.Bigint) { Value = (object?)scopeCommunityId ?? DBNull.Value });
        return (await ReadAsync(command, cancellationToken)).SingleOrDefault();
    }

    /// <summary>The unit as the change's own transaction sees it.</summary>
    internal static async Task<UnitRecord?> FindAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, long id, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand($"SELECT {UnitSql.Columns} {UnitSql.From} WHERE u.id = @id", connection, transaction);
        command.Parameters.AddWithValue("id", id);
        return (await ReadAsync(command, cancellationToken)).SingleOrDefault();
    }

    public async Task<IReadOnlyList<UnitRecord>> ListAsync(UnitQuery query, long? afterId, int limit, CancellationToken cancellationToken)
    {
        await using var command = dataSource.Routed().CreateCommand(
            $"SELECT {UnitSql.Columns} {UnitSql.From} WHERE {UnitSql.Filter} AND (@after::bigint IS NULL OR u.id > @after) ORDER BY u.id LIMIT @limit");
        Bind(command, query);
        command.Parameters.Add(new NpgsqlParameter("after", NpgsqlDbType.Bigint) { Value = (object?)afterId ?? DBNull.Value });
        command.Parameters.AddWithValue("limit", limit);
        return await ReadAsync(command, cancellationToken);
    }

    public async Task<int> CountAsync(UnitQuery query, CancellationToken cancellationToken)
    {
        await using var command = dataSource.Routed().CreateCommand($"SELECT count(*)::int {UnitSql.From} WHERE {UnitSql.Filter}");
        Bind(command, query);
        return (int)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    internal static void Bind(NpgsqlCommand command, UnitQuery query)
    {
        BoxParameters.Add(command.Parameters, query.Box);
        command.Parameters.AddWithValue("today", query.Today);
        Add(command, "community", NpgsqlDbType.Text, query.CommunityCode);
        Add(command, "grid", NpgsqlDbType.Text, query.GridCode);
        Add(command, "kinds", NpgsqlDbType.Array | NpgsqlDbType.Text, query.Kinds?.ToArray());
        Add(command, "key_unit", NpgsqlDbType.Boolean, query.KeyUnit);
        Add(command, "concern", NpgsqlDbType.Text, query.Concern);
        Add(command, "commitment_overdue", NpgsqlDbType.Boolean, query.CommitmentOverdue);
        Add(command, "search", NpgsqlDbType.Text, query.Search);
        Add(command, "scope", NpgsqlDbType.Bigint, query.ScopeCommunityId);
    }

    private static void Add(NpgsqlCommand command, string name, NpgsqlDbType type, object? value) =>
        command.Parameters.Add(new NpgsqlParameter(name, type) { Value = value ?? DBNull.Value });

    internal static async Task<List<UnitRecord>> ReadAsync(NpgsqlCommand command, CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<UnitRecord>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(Read(reader));
        }

        return rows;
    }

    internal static UnitRecord Read(NpgsqlDataReader r) => new(
        r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4), r.GetBoolean(5),
        Date(r, 6), Date(r, 7), Date(r, 8), r.GetBoolean(9), r.GetInt64(10), r.GetNullableInt64(11), r.GetString(12), r.GetNullableString(13),
        JsonSerializer.Deserialize<List<UnitPremises>>(r.GetString(14), _json) ?? [],
        JsonSerializer.Deserialize<List<UnitTraining>>(r.GetString(15), _json) ?? [],
        r.GetFieldValue<string[]>(16), r.GetInt32(17), r.GetGeoJson(18));

    private static DateOnly? Date(NpgsqlDataReader r, int i) => r.IsDBNull(i) ? null : r.GetFieldValue<DateOnly>(i);
}
