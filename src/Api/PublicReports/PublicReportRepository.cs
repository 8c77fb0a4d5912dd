using FireMap.Api.Database;
using FireMap.Spatial.Vocabulary;
using Npgsql;
using NpgsqlTypes;

namespace FireMap.Api.PublicReports;

/// <summary>Reads reports from the public: the moderation queue (scoped, keyset-paged), one report, its photo, and the public outcome by tracking code.</summary>
public sealed class PublicReportRepository(NpgsqlDataSource dataSource)
{
    internal const string Columns = """
        r.id, r.tracking_code, r.description, r.community_id, c.code, r.grid_id, r.photo IS NOT NULL, r.status, r.hazard_id, h.code,
        r.dismiss_reason, r.handled_by, r.handled_at, r.reward_cny, r.rewarded_at, r.created_at, r.version, ST_AsGeoJSON(r.geom, 7)
        """;

    internal const string From = "FROM public_reports r LEFT JOIN communities c ON c.id = r.community_id LEFT JOIN hazards h ON h.id = r.hazard_id";

    // A report outside every community is seen only by unscoped readers: nobody's community owns it.
    private const string Filter = """
        (@statuses::text[] IS NULL OR r.status = ANY (@statuses))
        AND (@since::timestamptz IS NULL OR r.created_at >= @since)
        AND (@community::text IS NULL OR c.code = @community)
        AND (@scope::bigint IS NULL OR r.community_id = @scope)
        """;

    public async Task<PublicReportRecord?> FindAsync(long id, CancellationToken cancellationToken)
    {
        await using var command = dataSource.Routed().CreateCommand($"SELECT {Columns} {From} WHERE r.id = @id");
        command.Parameters.AddWithValue("id", id);
        return (await ReadAsync(command, cancellationToken)).SingleOrDefault();
    }

    public async Task<IReadOnlyList<PublicReportRecord>> ListAsync(PublicReportQuery query, long? afterId, int limit, CancellationToken cancellationToken)
    {
        await using var command = dataSource.Routed().CreateCommand(
            $"SELECT {Columns} {From} WHERE {Filter} AND (@after::bigint IS NULL OR r.id > @after) ORDER BY r.id LIMIT @limit");
        Bind(command, query);
        command.Parameters.Add(new NpgsqlParameter("after", NpgsqlDbType.Bigint) { Value = (object?)afterId ?? DBNull.Value });
        command.Parameters.AddWithValue("limit", limit);
        return await ReadAsync(command, cancellationToken);
    }

    public async Task<int> CountAsync(PublicReportQuery query, CancellationToken cancellationToken)
    {
        await using var command = dataSource.Routed().CreateCommand($"SELECT count(*)::int {From} WHERE {Filter}");
        Bind(command, query);
        return (int)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    /// <summary>The stored photo and the report's community, or null when the report has none.</summary>
    public async Task<(byte[] Photo, long? CommunityId)?> PhotoAsync(long id, CancellationToken cancellationToken)
    {
        await using var command = dataSource.Routed().CreateCommand("SELECT photo, community_id FROM public_reports WHERE id = @id AND photo IS NOT NULL");
        command.Parameters.AddWithValue("id", id);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? (reader.GetFieldValue<byte[]>(0), reader.IsDBNull(1) ? null : reader.GetInt64(1))
            : null;
    }

    /// <summary>The outcome shown to the reporter, or null for an unknown code.</summary>
    public async Task<PublicReportOutcome?> OutcomeAsync(string trackingCode, Language language, CancellationToken cancellationToken)
    {
        await using var command = dataSource.Routed().CreateCommand("""
            SELECT r.tracking_code, r.status, r.created_at, r.handled_at, r.dismiss_reason, h.code, h.status, r.rewarded_at IS NOT NULL
            FROM public_reports r LEFT JOIN hazards h ON h.id = r.hazard_id
            WHERE r.tracking_code = @code
            """);
        command.Parameters.AddWithValue("code", trackingCode);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }

        var status = reader.GetString(1);
        var hazardStatus = reader.GetNullableString(6);
        return new PublicReportOutcome(reader.GetString(0), status, Codes.PublicReportStatus.Label(status, language),
            reader.GetFieldValue<DateTimeOffset>(2), reader.IsDBNull(3) ? null : reader.GetFieldValue<DateTimeOffset>(3),
            reader.GetNullableString(4), reader.GetNullableString(5), hazardStatus,
            hazardStatus is null ? null : Codes.HazardStatus.Label(hazardStatus, language), reader.GetBoolean(7));
    }

    private static void Bind(NpgsqlCommand command, PublicReportQuery query)
    {
        command.Parameters.Add(new NpgsqlParameter("statuses", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = (object?)query.Statuses?.ToArray() ?? DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter("since", NpgsqlDbType.TimestampTz) { Value = (object?)query.Since?.ToUniversalTime() ?? DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter("community", NpgsqlDbType.Text) { Value = (object?)query.CommunityCode ?? DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter("scope", NpgsqlDbType.Bigint) { Value = (object?)query.ScopeCommunityId ?? DBNull.Value });
    }

    internal static async Task<List<PublicReportRecord>> ReadAsync(NpgsqlCommand command, CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<PublicReportRecord>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(new PublicReportRecord(
                reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetInt64(3),
                reader.GetNullableString(4), reader.IsDBNull(5) ? null : reader.GetInt64(5), reader.GetBoolean(6), reader.GetString(7),
                reader.IsDBNull(8) ? null : reader.GetInt64(8), reader.GetNullableString(9), reader.GetNullableString(10),
                reader.GetNullableString(11), reader.IsDBNull(12) ? null : reader.GetFieldValue<DateTimeOffset>(12),
                reader.IsDBNull(13) ? null : reader.GetDecimal(13), reader.IsDBNull(14) ? null : reader.GetFieldValue<DateTimeOffset>(14),
                reader.GetFieldValue<DateTimeOffset>(15), reader.GetInt32(16), reader.GetGeoJson(17)));
        }

        return rows;
    }
}
