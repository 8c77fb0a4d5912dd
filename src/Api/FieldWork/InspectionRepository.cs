using System.Text.Json;
using FireMap.Api.Database;
using Npgsql;
using NpgsqlTypes;

namespace FireMap.Api.FieldWork;

/// <summary>Reads inspections: by id, keyset-paged newest first by filter with a count, by subject for the nodes, and by the hazards they raised.</summary>
public sealed class InspectionRepository(NpgsqlDataSource dataSource)
{
    private static readonly JsonSerializerOptions _json = new() { PropertyNameCaseInsensitive = true };

    /// <summary>How many inspections a building, place or compound lists (newest first).</summary>
    public const int MaxPerSubject = 50;

    public async Task<InspectionRecord?> FindAsync(long id, long? scopeCommunityId, CancellationToken cancellationToken)
    {
        await using var command = dataSource.Routed().CreateCommand(
            $"SELECT {InspectionSql.Columns} {InspectionSql.From} WHERE i.id = @id AND (@scope::bigint IS NULL OR i.community_id = @scope)");
        command.Parameters.AddWithValue("id", id);
        command.Parameters.Add(Nullable("scope", NpgsqlDbType.Bigint, scopeCommunityId));
        return (await ReadAsync(command, cancellationToken)).SingleOrDefault();
    }

    public async Task<IReadOnlyList<InspectionRecord>> ListAsync(InspectionQuery query, long? beforeId, int limit, CancellationToken cancellationToken)
    {
        await using var command = dataSource.Routed().CreateCommand($"""
            SELECT {InspectionSql.Columns} {InspectionSql.From}
            WHERE {InspectionSql.Filter} AND (@before::bigint IS NULL OR i.id < @before)
            ORDER BY i.id DESC LIMIT @limit
            """);
        Bind(command, query);
        command.Parameters.Add(Nullable("before", NpgsqlDbType.Bigint, beforeId));
        command.Parameters.AddWithValue("limit", limit);
        return await ReadAsync(command, cancellationToken);
    }

    public async Task<int> CountAsync(InspectionQuery query, CancellationToken cancellationToken)
    {
        await using var command = dataSource.Routed().CreateCommand($"SELECT count(*)::int {InspectionSql.From} WHERE {InspectionSql.Filter}");
        Bind(command, query);
        return (int)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    /// <summary>The newest inspections of many subjects of one type in one query, at most <see cref="MaxPerSubject"/> each.</summary>
    public async Task<ILookup<long, InspectionRecord>> BySubjectsAsync(string subjectType, IReadOnlyCollection<long> ids, long? scopeCommunityId,
        CancellationToken cancellationToken)
    {
        await using var command = dataSource.Routed().CreateCommand($"""
            SELECT * FROM (
                SELECT {InspectionSql.Columns}, row_number() OVER (PARTITION BY i.subject_id ORDER BY i.inspected_at DESC, i.id DESC) AS n
                {InspectionSql.From}
                WHERE i.subject_type = @type AND i.subject_id = ANY (@ids) AND (@scope::bigint IS NULL OR i.community_id = @scope)) s
            WHERE s.n <= {MaxPerSubject}
            ORDER BY s.inspected_at DESC, s.id DESC
            """);
        command.Parameters.AddWithValue("type", subjectType);
        command.Parameters.AddWithValue("ids", ids.ToArray());
        command.Parameters.Add(Nullable("scope", NpgsqlDbType.Bigint, scopeCommunityId));
        return (await ReadAsync(command, cancellationToken)).ToLookup(i => i.SubjectId);
    }

    /// <summary>The inspections that raised these hazards, by hazard id.</summary>
    public async Task<IReadOnlyDictionary<long, InspectionRecord>> ByHazardsAsync(IReadOnlyCollection<long> hazardIds, long? scopeCommunityId,
        CancellationToken cancellationToken)
    {
        await using var command = dataSource.Routed().CreateCommand($"""
            SELECT {InspectionSql.Columns} {InspectionSql.From}
            WHERE i.id IN (SELECT inspection_id FROM inspection_items WHERE hazard_id = ANY (@ids))
              AND (@scope::bigint IS NULL OR i.community_id = @scope)
            """);
        command.Parameters.AddWithValue("ids", hazardIds.ToArray());
        command.Parameters.Add(Nullable("scope", NpgsqlDbType.Bigint, scopeCommunityId));
        var found = new Dictionary<long, InspectionRecord>();
        foreach (var inspection in await ReadAsync(command, cancellationToken))
        {
            foreach (var hazard in inspection.Items.Select(item => item.HazardId).OfType<long>())
            {
                found[hazard] = inspection;
            }
        }

        return found;
    }

    internal static void Bind(NpgsqlCommand command, InspectionQuery query)
    {
        var p = command.Parameters;
        p.Add(Nullable("scope", NpgsqlDbType.Bigint, query.ScopeCommunityId));
        p.Add(Nullable("community", NpgsqlDbType.Text, query.CommunityCode));
        p.Add(Nullable("grid", NpgsqlDbType.Text, query.GridCode));
        p.Add(Nullable("subject_type", NpgsqlDbType.Text, query.SubjectType));
        p.Add(Nullable("subject_id", NpgsqlDbType.Bigint, query.SubjectId));
        p.Add(Nullable("kinds", NpgsqlDbType.Array | NpgsqlDbType.Text, query.Kinds?.ToArray()));
        p.Add(Nullable("from", NpgsqlDbType.Date, query.From));
        p.Add(Nullable("to", NpgsqlDbType.Date, query.To));
        p.Add(Nullable("inspector", NpgsqlDbType.Bigint, query.InspectorId));
    }

    internal static async Task<List<InspectionRecord>> ReadAsync(NpgsqlCommand command, CancellationToken cancellationToken)
    {
        var list = new List<InspectionRecord>();
        await using var r = await command.ExecuteReaderAsync(cancellationToken);
        while (await r.ReadAsync(cancellationToken))
        {
            list.Add(new InspectionRecord(
                r.GetInt64(0), r.GetString(1), r.GetInt64(2), r.GetString(3), r.IsDBNull(4) ? null : r.GetString(4), r.GetString(5),
                r.GetFieldValue<DateTimeOffset>(6), r.IsDBNull(7) ? null : r.GetInt64(7), r.GetString(8), r.GetString(9),
                r.IsDBNull(10) ? null : r.GetString(10), r.GetInt64(11), r.GetString(12), r.IsDBNull(13) ? null : r.GetString(13),
                Items(r.GetString(14)), r.GetFieldValue<Guid[]>(15), r.GetFieldValue<DateTimeOffset>(16)));
        }

        return list;
    }

    private static InspectionItemRecord[] Items(string json) =>
        [.. JsonSerializer.Deserialize<List<ItemRow>>(json, _json)!.Select(i => new InspectionItemRecord(i.Code, i.Result, i.Note, i.Hazard))];

    internal static NpgsqlParameter Nullable(string name, NpgsqlDbType type, object? value) => new(name, type) { Value = value ?? DBNull.Value };

    private sealed record ItemRow(string Code, string Result, string? Note, long? Hazard);
}
