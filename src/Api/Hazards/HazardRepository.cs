using FireMap.Api.Database;
using FireMap.Spatial.Vocabulary;
using Npgsql;
using NpgsqlTypes;

namespace FireMap.Api.Hazards;

/// <summary>Reads hazards: by id, keyset-paged by filter with counts, by subject for the nodes, and their history.</summary>
public sealed class HazardRepository(NpgsqlDataSource dataSource)
{
    public async Task<HazardRecord?> FindAsync(long id, long? scopeCommunityId, CancellationToken cancellationToken)
    {
        await using var command = dataSource.Routed().CreateCommand(
            $"SELECT {HazardSql.Columns} {HazardSql.From} WHERE h.id = @id AND (@scope::bigint IS NULL OR h.community_id = @scope)");
        command.Parameters.AddWithValue("id", id);
        command.Parameters.Add(new NpgsqlParameter("scope", NpgsqlDbType.Bigint) { Value = (object?)scopeCommunityId ?? DBNull.Value });
        return (await ReadAsync(command, cancellationToken)).SingleOrDefault();
    }

    /// <summary>The hazard as the change's own transaction sees it.</summary>
    internal static async Task<HazardRecord?> FindAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, long id, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand($"SELECT {HazardSql.Columns} {HazardSql.From} WHERE h.id = @id", connection, transaction);
        command.Parameters.AddWithValue("id", id);
        return (await ReadAsync(command, cancellationToken)).SingleOrDefault();
    }

    public async Task<IReadOnlyList<HazardRecord>> ListAsync(HazardQuery query, long? afterId, int limit, CancellationToken cancellationToken)
    {
        await using var command = dataSource.Routed().CreateCommand(
            $"SELECT {HazardSql.Columns} {HazardSql.From} WHERE {HazardSql.Filter} AND (@after::bigint IS NULL OR h.id > @after) ORDER BY h.id LIMIT @limit");
        Bind(command, query);
        command.Parameters.Add(new NpgsqlParameter("after", NpgsqlDbType.Bigint) { Value = (object?)afterId ?? DBNull.Value });
        command.Parameters.AddWithValue("limit", limit);
        return await ReadAsync(command, cancellationToken);
    }

    public async Task<int> CountAsync(HazardQuery query, CancellationToken cancellationToken)
    {
        await using var command = dataSource.Routed().CreateCommand($"SELECT count(*)::int {HazardSql.From} WHERE {HazardSql.Filter}");
        Bind(command, query);
        return (int)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    /// <summary>Counts of the whole list (not one page) in one grouped statement.</summary>
    public async Task<HazardSummary> SummaryAsync(HazardQuery query, CancellationToken cancellationToken)
    {
        await using var command = dataSource.Routed().CreateCommand($"{HazardSql.Summary} {HazardSql.From} WHERE {HazardSql.Filter} GROUP BY 1, 2, 3, 4");
        Bind(command, query);
        var statuses = Codes.HazardStatus.Codes.ToDictionary(code => code, _ => 0, StringComparer.Ordinal);
        var severities = Codes.HazardSeverity.Codes.ToDictionary(code => code, _ => 0, StringComparer.Ordinal);
        int total = 0, overdue = 0, supervised = 0;
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                var count = reader.GetInt32(4);
                total += count;
                statuses[reader.GetString(0)] += count;
                severities[reader.GetString(1)] += count;
                overdue += reader.GetBoolean(2) ? count : 0;
                supervised += reader.GetBoolean(3) ? count : 0;
            }
        }

        return new HazardSummary(total, [.. statuses.Select(p => (p.Key, p.Value))], [.. severities.Select(p => (p.Key, p.Value))], overdue, supervised);
    }

    /// <summary>
    /// Hazards of many compounds, buildings or places in one query (for the nodes' <c>hazards</c>): a
    /// compound's are all in it; a building's are on it or on a place in it; a place's are on it.
    /// </summary>
    public async Task<ILookup<long, HazardRecord>> ByOwnerAsync(string owner, IReadOnlyCollection<long> ids, long? scopeCommunityId,
        CancellationToken cancellationToken)
    {
        var (key, condition) = owner switch
        {
            "compound" => ("h.compound_id", "h.compound_id = ANY (@ids)"),
            "building" => ("COALESCE(b.id, p.building_id)", "(b.id = ANY (@ids) OR p.building_id = ANY (@ids))"),
            "place" => ("p.id", "p.id = ANY (@ids)"),
            _ => throw new ArgumentOutOfRangeException(nameof(owner), owner, "not a hazard owner"),
        };
        await using var command = dataSource.Routed().CreateCommand(
            $"SELECT {HazardSql.Columns}, {key} AS owner {HazardSql.From} WHERE {condition} AND (@scope::bigint IS NULL OR h.community_id = @scope) ORDER BY h.id");
        command.Parameters.AddWithValue("ids", ids.ToArray());
        command.Parameters.Add(new NpgsqlParameter("scope", NpgsqlDbType.Bigint) { Value = (object?)scopeCommunityId ?? DBNull.Value });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<(long Owner, HazardRecord Hazard)>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add((reader.GetInt64(reader.FieldCount - 1), Read(reader)));
        }

        return rows.ToLookup(r => r.Owner, r => r.Hazard);
    }

    /// <summary>Many hazards by id in one query, narrowed to the reader's community; ids outside it are absent.</summary>
    public async Task<IReadOnlyDictionary<long, HazardRecord>> ByIdsAsync(IReadOnlyCollection<long> ids, long? scopeCommunityId, CancellationToken cancellationToken)
    {
        await using var command = dataSource.Routed().CreateCommand(
            $"SELECT {HazardSql.Columns} {HazardSql.From} WHERE h.id = ANY (@ids) AND (@scope::bigint IS NULL OR h.community_id = @scope)");
        command.Parameters.AddWithValue("ids", ids.ToArray());
        command.Parameters.Add(new NpgsqlParameter("scope", NpgsqlDbType.Bigint) { Value = (object?)scopeCommunityId ?? DBNull.Value });
        return (await ReadAsync(command, cancellationToken)).ToDictionary(h => h.Id);
    }

    /// <summary>The history of many hazards in one query, oldest step first.</summary>
    public async Task<ILookup<long, HazardTransitionRecord>> TransitionsAsync(IReadOnlyCollection<long> hazardIds, CancellationToken cancellationToken)
    {
        await using var command = dataSource.Routed().CreateCommand("""
            SELECT id, hazard_id, action, from_status, to_status, actor, at, note
            FROM hazard_transitions WHERE hazard_id = ANY (@ids) ORDER BY hazard_id, at, id
            """);
        command.Parameters.AddWithValue("ids", hazardIds.ToArray());
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<HazardTransitionRecord>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(new HazardTransitionRecord(reader.GetInt64(0), reader.GetInt64(1), reader.GetString(2), reader.GetNullableString(3),
                reader.GetString(4), reader.GetString(5), reader.GetFieldValue<DateTimeOffset>(6), reader.GetNullableString(7)));
        }

        return rows.ToLookup(t => t.HazardId);
    }

    internal static void Bind(NpgsqlCommand command, HazardQuery query)
    {
        BoxParameters.Add(command.Parameters, query.Box);
        command.Parameters.AddWithValue("today", query.Today);
        Text(command, "community", query.CommunityCode);
        Text(command, "grid", query.GridCode);
        Texts(command, "statuses", query.Statuses);
        Texts(command, "severities", query.Severities);
        Texts(command, "categories", query.Categories);
        command.Parameters.Add(new NpgsqlParameter("overdue", NpgsqlDbType.Boolean) { Value = (object?)query.Overdue ?? DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter("supervised", NpgsqlDbType.Boolean) { Value = (object?)query.Supervised ?? DBNull.Value });
        Texts(command, "subject_types", query.SubjectTypes);
        command.Parameters.Add(new NpgsqlParameter("due_before", NpgsqlDbType.Date) { Value = (object?)query.DueBefore ?? DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter("scope", NpgsqlDbType.Bigint) { Value = (object?)query.ScopeCommunityId ?? DBNull.Value });
    }

    private static void Text(NpgsqlCommand command, string name, string? value) =>
        command.Parameters.Add(new NpgsqlParameter(name, NpgsqlDbType.Text) { Value = (object?)value ?? DBNull.Value });

    private static void Texts(NpgsqlCommand command, string name, IReadOnlyList<string>? values) =>
        command.Parameters.Add(new NpgsqlParameter(name, NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = (object?)values?.ToArray() ?? DBNull.Value });

    internal static async Task<List<HazardRecord>> ReadAsync(NpgsqlCommand command, CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<HazardRecord>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(Read(reader));
        }

        return rows;
    }

    internal static HazardRecord Read(NpgsqlDataReader r) => new(
        r.GetInt64(0), r.GetString(1),
        r.IsDBNull(2) ? null : new HazardSubject(r.GetString(2), r.GetInt64(3), r.GetNullableString(4) ?? "", r.GetNullableString(5)),
        r.GetString(6), r.GetString(7), r.GetString(8), r.GetFieldValue<DateOnly>(9), r.GetNullableString(10),
        r.GetFieldValue<DateOnly>(11), r.GetString(12), r.GetNullableString(13), r.GetString(14), r.GetBoolean(15),
        r.GetNullableString(16), r.IsDBNull(17) ? null : r.GetFieldValue<DateOnly>(17),
        Time(r, 18), Time(r, 19), r.GetNullableString(20), Time(r, 21), r.GetNullableString(22),
        Id(r, 23), Id(r, 24), Id(r, 25), r.GetNullableString(26), r.GetNullableString(27), r.GetInt32(28), r.GetGeoJson(29));

    private static DateTimeOffset? Time(NpgsqlDataReader r, int i) => r.IsDBNull(i) ? null : r.GetFieldValue<DateTimeOffset>(i);

    private static long? Id(NpgsqlDataReader r, int i) => r.IsDBNull(i) ? null : r.GetInt64(i);
}
