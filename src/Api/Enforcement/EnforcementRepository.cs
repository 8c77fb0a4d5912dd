using FireMap.Api.Database;
using Npgsql;
using NpgsqlTypes;

namespace FireMap.Api.Enforcement;

/// <summary>Reads enforcement cases: by id, keyset-paged by filter with the total, and the clearance (执法清零) per community.</summary>
public sealed class EnforcementRepository(NpgsqlDataSource dataSource)
{
    public async Task<EnforcementCaseRecord?> FindAsync(long id, long? scopeCommunityId, CancellationToken cancellationToken)
    {
        await using var command = dataSource.Routed().CreateCommand(
            $"SELECT {EnforcementSql.Columns} {EnforcementSql.From} WHERE e.id = @id AND (@scope::bigint IS NULL OR e.community_id = @scope)");
        command.Parameters.AddWithValue("id", id);
        command.Parameters.Add(new NpgsqlParameter("scope", NpgsqlDbType.Bigint) { Value = (object?)scopeCommunityId ?? DBNull.Value });
        return (await ReadAsync(command, cancellationToken)).SingleOrDefault();
    }

    internal static async Task<EnforcementCaseRecord?> FindAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, long id,
        CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand($"SELECT {EnforcementSql.Columns} {EnforcementSql.From} WHERE e.id = @id", connection, transaction);
        command.Parameters.AddWithValue("id", id);
        return (await ReadAsync(command, cancellationToken)).SingleOrDefault();
    }

    public async Task<IReadOnlyList<EnforcementCaseRecord>> ListAsync(EnforcementQuery query, long? afterId, int limit, CancellationToken cancellationToken)
    {
        await using var command = dataSource.Routed().CreateCommand(
            $"SELECT {EnforcementSql.Columns} {EnforcementSql.From} WHERE {EnforcementSql.Filter} AND (@after::bigint IS NULL OR e.id > @after) ORDER BY e.id LIMIT @limit");
        Bind(command, query);
        command.Parameters.Add(new NpgsqlParameter("after", NpgsqlDbType.Bigint) { Value = (object?)afterId ?? DBNull.Value });
        command.Parameters.AddWithValue("limit", limit);
        return await ReadAsync(command, cancellationToken);
    }

    public async Task<int> CountAsync(EnforcementQuery query, CancellationToken cancellationToken)
    {
        await using var command = dataSource.Routed().CreateCommand($"SELECT count(*)::int {EnforcementSql.From} WHERE {EnforcementSql.Filter}");
        Bind(command, query);
        return (int)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    /// <summary>Per community in scope (every community, cases or not): open, overdue and closed cases.</summary>
    public async Task<IReadOnlyList<EnforcementClearance>> ClearanceAsync(string? communityCode, long? scopeCommunityId, DateOnly today,
        CancellationToken cancellationToken)
    {
        await using var command = dataSource.Routed().CreateCommand("""
            SELECT c.code, c.name,
                   count(e.id) FILTER (WHERE e.status <> 'closed')::int,
                   count(e.id) FILTER (WHERE e.status <> 'closed' AND e.deadline < @today)::int,
                   count(e.id) FILTER (WHERE e.status = 'closed')::int
            FROM communities c LEFT JOIN enforcement_cases e ON e.community_id = c.id
            WHERE (@community::text IS NULL OR c.code = @community) AND (@scope::bigint IS NULL OR c.id = @scope)
            GROUP BY c.code, c.name ORDER BY c.code
            """);
        command.Parameters.Add(new NpgsqlParameter("community", NpgsqlDbType.Text) { Value = (object?)communityCode ?? DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter("scope", NpgsqlDbType.Bigint) { Value = (object?)scopeCommunityId ?? DBNull.Value });
        command.Parameters.AddWithValue("today", today);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<EnforcementClearance>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(new EnforcementClearance(reader.GetString(0), reader.GetString(1), reader.GetInt32(2), reader.GetInt32(3), reader.GetInt32(4)));
        }

        return rows;
    }

    internal static void Bind(NpgsqlCommand command, EnforcementQuery query)
    {
        BoxParameters.Add(command.Parameters, query.Box);
        command.Parameters.AddWithValue("today", query.Today);
        Add(command, "community", NpgsqlDbType.Text, query.CommunityCode);
        Add(command, "grid", NpgsqlDbType.Text, query.GridCode);
        Add(command, "kinds", NpgsqlDbType.Array | NpgsqlDbType.Text, query.Kinds?.ToArray());
        Add(command, "open", NpgsqlDbType.Boolean, query.Open);
        Add(command, "overdue", NpgsqlDbType.Boolean, query.Overdue);
        Add(command, "unit", NpgsqlDbType.Bigint, query.UnitId);
        Add(command, "scope", NpgsqlDbType.Bigint, query.ScopeCommunityId);
    }

    private static void Add(NpgsqlCommand command, string name, NpgsqlDbType type, object? value) =>
        command.Parameters.Add(new NpgsqlParameter(name, type) { Value = value ?? DBNull.Value });

    internal static async Task<List<EnforcementCaseRecord>> ReadAsync(NpgsqlCommand command, CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<EnforcementCaseRecord>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(Read(reader));
        }

        return rows;
    }

    internal static EnforcementCaseRecord Read(NpgsqlDataReader r) => new(
        r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetNullableInt64(4), r.GetNullableString(5), r.GetNullableInt64(6),
        r.GetNullableString(7), r.GetString(8), r.GetString(9), r.GetFieldValue<DateOnly>(10), Date(r, 11), r.GetNullableString(12), Date(r, 13),
        r.GetNullableString(14), r.GetInt64(15), r.GetNullableInt64(16), r.GetString(17), r.GetNullableString(18),
        r.GetFieldValue<long[]>(19), r.GetFieldValue<string[]>(20), r.GetInt32(21), r.GetGeoJson(22));

    private static DateOnly? Date(NpgsqlDataReader r, int i) => r.IsDBNull(i) ? null : r.GetFieldValue<DateOnly>(i);
}
