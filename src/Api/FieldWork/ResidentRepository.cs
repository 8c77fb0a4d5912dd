using FireMap.Api.Access;
using FireMap.Api.Database;
using Npgsql;
using NpgsqlTypes;

namespace FireMap.Api.FieldWork;

/// <summary>
/// Reads the register of vulnerable residents within the reader's scope. Every resident returned is a read of personal
/// data, written to the audit log (<c>read_personal</c>, <c>vulnerable_resident</c>) by the same statement that reads it.
/// </summary>
public sealed class ResidentRepository(NpgsqlDataSource dataSource)
{
    internal const string Columns = """
        r.id, r.resident_name, r.category, r.home_address, r.building_id, d.community_id, c.code AS community_code, d.grid_id, g.code AS grid_code,
        r.resident_phone, r.contact_person, r.contact_phone, r.visit_frequency_days, r.registered_on, d.last_visit_at, d.next_visit_due,
        r.care_notes, r.version
        """;

    internal const string From = """
        FROM vulnerable_residents r
        JOIN vulnerable_resident_due d ON d.resident_id = r.id
        JOIN communities c ON c.id = d.community_id
        LEFT JOIN grids g ON g.id = d.grid_id
        """;

    private const string Filter = """
        (@community::text IS NULL OR c.code = @community)
        AND (@grid::text IS NULL OR g.code = @grid)
        AND (@building::bigint IS NULL OR r.building_id = @building)
        AND (@categories::text[] IS NULL OR r.category = ANY (@categories))
        AND (@overdue::boolean IS NULL OR (d.next_visit_due < @today) = @overdue)
        AND (@resident::bigint IS NULL OR r.id = @resident)
        """;

    /// <summary>A page by id; <paramref name="limit"/> rows are read, the first <paramref name="shown"/> of them returned to the client and audited.</summary>
    public async Task<IReadOnlyList<ResidentRecord>> ListAsync(ResidentQuery query, CurrentUser user, long? afterId, int limit, int shown,
        CancellationToken cancellationToken)
    {
        await using var command = dataSource.Routed().CreateCommand($"""
            WITH readable AS (
                SELECT {Columns} {From}
                WHERE {ResidentScope.Filter} AND {Filter} AND (@after::bigint IS NULL OR r.id > @after)
                ORDER BY r.id LIMIT @limit),
            audited AS (
                INSERT INTO audit_log (actor, action, entity, entity_id)
                SELECT @actor, 'read_personal', 'vulnerable_resident', id FROM (SELECT id FROM readable ORDER BY id LIMIT @shown) s)
            SELECT * FROM readable ORDER BY id
            """);
        Bind(command, query, user);
        command.Parameters.AddWithValue("shown", shown);
        command.Parameters.Add(InspectionRepository.Nullable("after", NpgsqlDbType.Bigint, afterId));
        command.Parameters.AddWithValue("limit", limit);
        command.Parameters.AddWithValue("actor", user.UserName);
        return await ReadAsync(command, cancellationToken);
    }

    /// <summary>How many residents meet the filter; a count reveals no one, so it is not audited.</summary>
    public async Task<int> CountAsync(ResidentQuery query, CurrentUser user, CancellationToken cancellationToken)
    {
        await using var command = dataSource.Routed().CreateCommand($"SELECT count(*)::int {From} WHERE {ResidentScope.Filter} AND {Filter}");
        Bind(command, query, user);
        return (int)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    /// <summary>Many residents by id (the residents of visits), audited; ids outside the reader's scope are absent.</summary>
    public async Task<IReadOnlyDictionary<long, ResidentRecord>> ByIdsAsync(IReadOnlyCollection<long> ids, CurrentUser user,
        CancellationToken cancellationToken)
    {
        await using var command = dataSource.Routed().CreateCommand($"""
            WITH readable AS (SELECT {Columns} {From} WHERE {ResidentScope.Filter} AND r.id = ANY (@ids)),
            audited AS (
                INSERT INTO audit_log (actor, action, entity, entity_id)
                SELECT @actor, 'read_personal', 'vulnerable_resident', id FROM readable)
            SELECT * FROM readable
            """);
        ResidentScope.Bind(command, user);
        command.Parameters.AddWithValue("ids", ids.ToArray());
        command.Parameters.AddWithValue("actor", user.UserName);
        return (await ReadAsync(command, cancellationToken)).ToDictionary(r => r.Id);
    }

    private static void Bind(NpgsqlCommand command, ResidentQuery query, CurrentUser user)
    {
        ResidentScope.Bind(command, user);
        var p = command.Parameters;
        p.AddWithValue("today", query.Today);
        p.Add(InspectionRepository.Nullable("community", NpgsqlDbType.Text, query.CommunityCode));
        p.Add(InspectionRepository.Nullable("grid", NpgsqlDbType.Text, query.GridCode));
        p.Add(InspectionRepository.Nullable("building", NpgsqlDbType.Bigint, query.BuildingId));
        p.Add(InspectionRepository.Nullable("categories", NpgsqlDbType.Array | NpgsqlDbType.Text, query.Categories?.ToArray()));
        p.Add(InspectionRepository.Nullable("overdue", NpgsqlDbType.Boolean, query.Overdue));
        p.Add(InspectionRepository.Nullable("resident", NpgsqlDbType.Bigint, query.ResidentId));
    }

    /// <summary>Reads residents; <paramref name="extra"/>, when given, collects a text column after the resident's own (by position).</summary>
    internal static async Task<List<ResidentRecord>> ReadAsync(NpgsqlCommand command, CancellationToken cancellationToken, List<string>? extra = null)
    {
        var list = new List<ResidentRecord>();
        await using var r = await command.ExecuteReaderAsync(cancellationToken);
        while (await r.ReadAsync(cancellationToken))
        {
            string? Text(int i) => r.IsDBNull(i) ? null : r.GetString(i);
            list.Add(new ResidentRecord(r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetInt64(4), r.GetInt64(5), r.GetString(6),
                r.IsDBNull(7) ? null : r.GetInt64(7), Text(8), Text(9), Text(10), Text(11), r.GetInt32(12), r.GetFieldValue<DateOnly>(13),
                r.IsDBNull(14) ? null : r.GetFieldValue<DateTimeOffset>(14), r.GetFieldValue<DateOnly>(15), Text(16), r.GetInt32(17)));
            extra?.Add(r.GetString(18));
        }

        return list;
    }
}
