using System.Text.Json;
using FireMap.Api.Access;
using FireMap.Api.Database;
using Npgsql;
using NpgsqlTypes;

namespace FireMap.Api.FieldWork;

/// <summary>Reads visits within the reader's resident scope, newest first; the resident's personal data are read (and audited) separately.</summary>
public sealed class VisitRepository(NpgsqlDataSource dataSource)
{
    private static readonly JsonSerializerOptions _json = new() { PropertyNameCaseInsensitive = true };

    private const string Columns = """
        v.id, v.resident_id, v.visited_at, v.visitor_id, v.visitor_name,
        (SELECT COALESCE(json_agg(json_build_object('item', k.item, 'result', k.result, 'note', k.note) ORDER BY k.item), '[]') FROM visit_checks k WHERE k.visit_id = v.id)::text,
        v.notes, v.hazard_id,
        ARRAY(SELECT l.photo_id FROM photo_links l WHERE l.record_kind = 'visit' AND l.record_id = v.id ORDER BY l.created_at, l.photo_id),
        v.created_at
        """;

    private const string From = """
        FROM visits v
        JOIN vulnerable_resident_due d ON d.resident_id = v.resident_id
        JOIN communities c ON c.id = d.community_id
        LEFT JOIN grids g ON g.id = d.grid_id
        """;

    public async Task<IReadOnlyList<VisitRecord>> ListAsync(VisitQuery query, CurrentUser user, long? beforeId, int limit, CancellationToken cancellationToken)
    {
        await using var command = dataSource.Routed().CreateCommand($"""
            SELECT {Columns} {From}
            WHERE {ResidentScope.Filter} AND {Filter} AND (@before::bigint IS NULL OR v.id < @before)
            ORDER BY v.id DESC LIMIT @limit
            """);
        Bind(command, query, user);
        command.Parameters.Add(InspectionRepository.Nullable("before", NpgsqlDbType.Bigint, beforeId));
        command.Parameters.AddWithValue("limit", limit);
        return await ReadAsync(command, cancellationToken);
    }

    public async Task<int> CountAsync(VisitQuery query, CurrentUser user, CancellationToken cancellationToken)
    {
        await using var command = dataSource.Routed().CreateCommand($"SELECT count(*)::int {From} WHERE {ResidentScope.Filter} AND {Filter}");
        Bind(command, query, user);
        return (int)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    private const string Filter = """
        (@community::text IS NULL OR c.code = @community)
        AND (@grid::text IS NULL OR g.code = @grid)
        AND (@resident::bigint IS NULL OR v.resident_id = @resident)
        AND (@visit::bigint IS NULL OR v.id = @visit)
        AND (@from::date IS NULL OR v.visited_at >= (@from::date::timestamp AT TIME ZONE 'Asia/Shanghai'))
        AND (@to::date IS NULL OR v.visited_at < ((@to::date + 1)::timestamp AT TIME ZONE 'Asia/Shanghai'))
        AND (@visitor::bigint IS NULL OR v.visitor_id = @visitor)
        """;

    private static void Bind(NpgsqlCommand command, VisitQuery query, CurrentUser user)
    {
        ResidentScope.Bind(command, user);
        var p = command.Parameters;
        p.Add(InspectionRepository.Nullable("community", NpgsqlDbType.Text, query.CommunityCode));
        p.Add(InspectionRepository.Nullable("grid", NpgsqlDbType.Text, query.GridCode));
        p.Add(InspectionRepository.Nullable("resident", NpgsqlDbType.Bigint, query.ResidentId));
        p.Add(InspectionRepository.Nullable("visit", NpgsqlDbType.Bigint, query.VisitId));
        p.Add(InspectionRepository.Nullable("from", NpgsqlDbType.Date, query.From));
        p.Add(InspectionRepository.Nullable("to", NpgsqlDbType.Date, query.To));
        p.Add(InspectionRepository.Nullable("visitor", NpgsqlDbType.Bigint, query.VisitorId));
    }

    private static async Task<List<VisitRecord>> ReadAsync(NpgsqlCommand command, CancellationToken cancellationToken)
    {
        var list = new List<VisitRecord>();
        await using var r = await command.ExecuteReaderAsync(cancellationToken);
        while (await r.ReadAsync(cancellationToken))
        {
            list.Add(new VisitRecord(r.GetInt64(0), r.GetInt64(1), r.GetFieldValue<DateTimeOffset>(2), r.IsDBNull(3) ? null : r.GetInt64(3), r.GetString(4),
                JsonSerializer.Deserialize<List<VisitCheck>>(r.GetString(5), _json)!, r.IsDBNull(6) ? null : r.GetString(6),
                r.IsDBNull(7) ? null : r.GetInt64(7), r.GetFieldValue<Guid[]>(8), r.GetFieldValue<DateTimeOffset>(9)));
        }

        return list;
    }
}
