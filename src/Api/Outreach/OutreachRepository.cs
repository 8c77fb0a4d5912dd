using FireMap.Api.Database;
using Npgsql;
using NpgsqlTypes;

namespace FireMap.Api.Outreach;

/// <summary>Reads outreach activities (by id, keyset-paged by filter with the total), the targets, and their attainment.</summary>
public sealed class OutreachRepository(NpgsqlDataSource dataSource)
{
    public async Task<OutreachActivityRecord?> FindAsync(long id, long? scopeCommunityId, CancellationToken cancellationToken)
    {
        await using var command = dataSource.Routed().CreateCommand(
            $"SELECT {OutreachSql.Columns} {OutreachSql.From} WHERE a.id = @id AND (@scope::bigint IS NULL OR a.community_id = @scope)");
        command.Parameters.AddWithValue("id", id);
        command.Parameters.Add(new NpgsqlParameter("scope", NpgsqlDbType.Bigint) { Value = (object?)scopeCommunityId ?? DBNull.Value });
        return (await ReadAsync(command, cancellationToken)).SingleOrDefault();
    }

    internal static async Task<OutreachActivityRecord?> FindAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, long id,
        CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand($"SELECT {OutreachSql.Columns} {OutreachSql.From} WHERE a.id = @id", connection, transaction);
        command.Parameters.AddWithValue("id", id);
        return (await ReadAsync(command, cancellationToken)).SingleOrDefault();
    }

    public async Task<IReadOnlyList<OutreachActivityRecord>> ListAsync(OutreachQuery query, long? afterId, int limit, CancellationToken cancellationToken)
    {
        await using var command = dataSource.Routed().CreateCommand(
            $"SELECT {OutreachSql.Columns} {OutreachSql.From} WHERE {OutreachSql.Filter} AND (@after::bigint IS NULL OR a.id > @after) ORDER BY a.id LIMIT @limit");
        Bind(command, query);
        command.Parameters.Add(new NpgsqlParameter("after", NpgsqlDbType.Bigint) { Value = (object?)afterId ?? DBNull.Value });
        command.Parameters.AddWithValue("limit", limit);
        return await ReadAsync(command, cancellationToken);
    }

    public async Task<int> CountAsync(OutreachQuery query, CancellationToken cancellationToken)
    {
        await using var command = dataSource.Routed().CreateCommand($"SELECT count(*)::int {OutreachSql.From} WHERE {OutreachSql.Filter}");
        Bind(command, query);
        return (int)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    public async Task<IReadOnlyList<OutreachTargetRecord>> TargetsAsync(CancellationToken cancellationToken)
    {
        await using var command = dataSource.Routed().CreateCommand($"SELECT {OutreachSql.TargetColumns} FROM outreach_targets t ORDER BY t.code");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<OutreachTargetRecord>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(ReadTarget(reader));
        }

        return rows;
    }

    /// <summary>Attainment of every target in force by <paramref name="asOf"/>, per community (one, or every one in scope).</summary>
    public async Task<IReadOnlyList<OutreachAttainment>> AttainmentAsync(long? communityId, long? scopeCommunityId, DateOnly asOf,
        CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.Routed().OpenConnectionAsync(cancellationToken);
        return await AttainmentAsync(connection, communityId, scopeCommunityId, asOf, cancellationToken);
    }

    internal static async Task<IReadOnlyList<OutreachAttainment>> AttainmentAsync(NpgsqlConnection connection, long? communityId, long? scopeCommunityId,
        DateOnly asOf, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(OutreachSql.Attainment, connection);
        command.Parameters.Add(new NpgsqlParameter("community", NpgsqlDbType.Bigint) { Value = (object?)communityId ?? DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter("scope", NpgsqlDbType.Bigint) { Value = (object?)scopeCommunityId ?? DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter("as_of", NpgsqlDbType.Date) { Value = asOf });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<OutreachAttainment>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(new OutreachAttainment(ReadTarget(reader), reader.GetString(9), asOf, reader.GetInt32(10), reader.GetInt32(11)));
        }

        return rows;
    }

    /// <summary>The id of the community with <paramref name="code"/>; NOT_FOUND when there is none.</summary>
    public async Task<long> CommunityIdAsync(string code, CancellationToken cancellationToken)
    {
        await using var command = dataSource.Routed().CreateCommand("SELECT id FROM communities WHERE code = @code");
        command.Parameters.AddWithValue("code", code);
        return await command.ExecuteScalarAsync(cancellationToken) as long?
            ?? throw Errors.Rejection.Of(Errors.RejectionKind.NotFound, $"No community has code '{code}'", "communityCode");
    }

    internal static void Bind(NpgsqlCommand command, OutreachQuery query)
    {
        BoxParameters.Add(command.Parameters, query.Box);
        Add(command, "community", NpgsqlDbType.Text, query.CommunityCode);
        Add(command, "grid", NpgsqlDbType.Text, query.GridCode);
        Add(command, "kinds", NpgsqlDbType.Array | NpgsqlDbType.Text, query.Kinds?.ToArray());
        Add(command, "from", NpgsqlDbType.Date, query.From);
        Add(command, "to", NpgsqlDbType.Date, query.To);
        Add(command, "unit", NpgsqlDbType.Bigint, query.UnitId);
        Add(command, "scope", NpgsqlDbType.Bigint, query.ScopeCommunityId);
    }

    private static void Add(NpgsqlCommand command, string name, NpgsqlDbType type, object? value) =>
        command.Parameters.Add(new NpgsqlParameter(name, type) { Value = value ?? DBNull.Value });

    internal static OutreachTargetRecord ReadTarget(NpgsqlDataReader r) => new(
        r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetInt32(4), r.GetFieldValue<DateOnly>(5), r.GetFieldValue<DateOnly>(6),
        r.GetString(7), r.GetInt32(8));

    internal static async Task<List<OutreachActivityRecord>> ReadAsync(NpgsqlCommand command, CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<OutreachActivityRecord>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(Read(reader));
        }

        return rows;
    }

    internal static OutreachActivityRecord Read(NpgsqlDataReader r) => new(
        r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetFieldValue<DateOnly>(3), r.GetString(4), r.GetNullableInt64(5), r.GetNullableString(6),
        r.GetNullableInt64(7), r.GetNullableString(8), r.GetString(9), r.GetInt32(10), r.GetString(11), r.GetInt64(12), r.GetNullableInt64(13),
        r.GetString(14), r.GetNullableString(15), r.GetInt32(16), r.IsDBNull(17) ? null : r.GetGeoJson(17));
}
