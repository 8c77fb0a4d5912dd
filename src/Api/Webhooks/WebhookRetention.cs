using FireMap.Api.Jobs;
using Microsoft.Extensions.Options;
using Npgsql;

namespace FireMap.Api.Webhooks;

/// <summary>
/// Thins the record-event outbox and the delivery log (docs/operations.md): both exist to hand events
/// to receivers and to show an administrator what happened lately, not to keep history — the records
/// themselves and the audit log do that. After <see cref="WebhookOptions.KeepDays"/> days a finished
/// delivery (delivered or failed) is deleted, and so is an event that was fanned out and has no
/// delivery left. Pending deliveries and their events are never touched, however old.
/// </summary>
internal sealed class WebhookRetention(NpgsqlDataSource dataSource, IOptions<WebhookOptions> options) : IScheduledJob
{
    private const string Prune = """
        WITH deliveries AS (
            DELETE FROM webhook_deliveries WHERE status IN ('delivered', 'failed') AND created_at < @cutoff RETURNING event_id
        ), events AS (
            DELETE FROM record_events e
            WHERE e.fanned_out AND e.occurred_at < @cutoff
              AND NOT EXISTS (SELECT 1 FROM webhook_deliveries d WHERE d.event_id = e.id AND d.status = 'pending')
              AND NOT EXISTS (SELECT 1 FROM webhook_deliveries d WHERE d.event_id = e.id AND d.created_at >= @cutoff)
            RETURNING 1
        )
        SELECT (SELECT count(*) FROM deliveries), (SELECT count(*) FROM events)
        """;

    public string Name => "webhook-retention";

    public TimeOnly DefaultTime => new(3, 45);

    public async Task<string?> RunAsync(CancellationToken cancellationToken)
    {
        var (deliveries, events) = await PruneAsync(DateTimeOffset.UtcNow.AddDays(-options.Value.KeepDays), cancellationToken);
        return $"{deliveries} webhook deliveries and {events} record events pruned";
    }

    /// <summary>Deletes what retention lets go of before <paramref name="cutoff"/>; returns the counts.</summary>
    public async Task<(long Deliveries, long Events)> PruneAsync(DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(Prune);
        command.Parameters.AddWithValue("cutoff", cutoff);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return (reader.GetInt64(0), reader.GetInt64(1));
    }
}
