using System.Text.Json;
using FireMap.Api.Imports;
using Npgsql;

namespace FireMap.Api.PublicReports;

/// <summary>
/// The demo set's reports from the public (<c>public-reports.json</c>, synthetic): placed in the communities in
/// turn, at a point inside each; those with a dismiss reason arrive dismissed, the others wait for moderation.
/// </summary>
internal sealed class DemoPublicReports(NpgsqlDataSource dataSource, ILogger<DemoPublicReports> logger) : IDemoDataPart
{
    public const string FileName = "public-reports.json";

    private static readonly JsonSerializerOptions _json = new() { PropertyNameCaseInsensitive = true };

    public async Task LoadAsync(string directory, CancellationToken cancellationToken)
    {
        var path = Path.Combine(directory, FileName);
        if (!File.Exists(path))
        {
            return;
        }

        await using var stream = File.OpenRead(path);
        var file = await JsonSerializer.DeserializeAsync<DemoFile>(stream, _json, cancellationToken) ?? throw new InvalidDataException($"{path} is empty");
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (var empty = new NpgsqlCommand("SELECT NOT EXISTS (SELECT 1 FROM public_reports)", connection, transaction))
        {
            if (!(bool)(await empty.ExecuteScalarAsync(cancellationToken))!)
            {
                return;
            }
        }

        for (var i = 0; i < file.Reports.Count; i++)
        {
            var report = file.Reports[i];
            await using var insert = new NpgsqlCommand("""
                INSERT INTO public_reports (tracking_code, description, geom, community_id, client_hash, status, dismiss_reason, handled_by, handled_at)
                SELECT 'DEMO' || lpad(@n::text, 8, '0'), @description, ST_PointOnSurface(c.geom), c.id, 'demo-data',
                       CASE WHEN @reason::text IS NULL THEN 'received' ELSE 'dismissed' END, @reason,
                       CASE WHEN @reason::text IS NULL THEN NULL ELSE 'demo-data' END, CASE WHEN @reason::text IS NULL THEN NULL ELSE now() END
                FROM communities c ORDER BY c.id OFFSET @n % GREATEST((SELECT count(*) FROM communities), 1) LIMIT 1
                """, connection, transaction);
            insert.Parameters.AddWithValue("n", i + 1);
            insert.Parameters.AddWithValue("description", report.Description);
            insert.Parameters.Add(new NpgsqlParameter("reason", NpgsqlTypes.NpgsqlDbType.Text) { Value = (object?)report.DismissReason ?? DBNull.Value });
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation("Loaded {Count} demo reports from the public", file.Reports.Count);
    }

    private sealed record DemoFile(IReadOnlyList<DemoReport> Reports);

    private sealed record DemoReport(string Description, string? DismissReason);
}
