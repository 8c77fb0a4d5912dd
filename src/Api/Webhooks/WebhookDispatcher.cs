using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using Npgsql;

namespace FireMap.Api.Webhooks;

/// <summary>
/// Sends record events to subscribers. Each pass fans new outbox events out into deliveries, then claims
/// due deliveries with <c>FOR UPDATE SKIP LOCKED</c> and a lease, so however many instances run, each
/// attempt is made by exactly one of them. A 2xx answer delivers; anything else is retried after a
/// doubling wait until <see cref="WebhookOptions.MaxAttempts"/>. Should an instance die between sending
/// and recording, the lease runs out and the delivery is sent again: receivers deduplicate by
/// <c>X-FireMap-Delivery</c>.
/// </summary>
public sealed partial class WebhookDispatcher(
    NpgsqlDataSource dataSource, IHttpClientFactory clients, IOptions<WebhookOptions> options, ILogger<WebhookDispatcher> logger) : BackgroundService
{
    public const string ClientName = "firemap-webhooks";

    private const int BatchSize = 20;

    // Events written before anyone subscribed to their kind are marked fanned out with no delivery.
    private const string FanOut = """
        WITH e AS (SELECT id, kind FROM record_events WHERE NOT fanned_out ORDER BY id LIMIT 500 FOR UPDATE SKIP LOCKED),
             d AS (INSERT INTO webhook_deliveries (subscription_id, event_id)
                   SELECT s.id, e.id FROM e JOIN webhook_subscriptions s ON s.active AND e.kind = ANY (s.event_kinds)
                   ON CONFLICT DO NOTHING)
        UPDATE record_events r SET fanned_out = true FROM e WHERE r.id = e.id
        """;

    private const string Claim = """
        UPDATE webhook_deliveries d SET leased_until = now() + @lease, attempts = d.attempts + 1
        FROM (SELECT id FROM webhook_deliveries
              WHERE status = 'pending' AND next_attempt_at <= now() AND (leased_until IS NULL OR leased_until < now())
              ORDER BY next_attempt_at, id LIMIT @batch FOR UPDATE SKIP LOCKED) c,
             webhook_subscriptions s, record_events e
        WHERE d.id = c.id AND s.id = d.subscription_id AND e.id = d.event_id
        RETURNING d.id, d.attempts, s.url, s.secret, e.id, e.kind, e.entity_id, e.payload::text, e.occurred_at
        """;

    /// <summary>One pass: fan out, then send what is due. Returns the number of attempts made.</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        await using (var fan = dataSource.CreateCommand(FanOut))
        {
            await fan.ExecuteNonQueryAsync(cancellationToken);
        }

        var claimed = new List<(long Id, int Attempts, string Url, string Secret, string Body, string Kind)>();
        await using (var claim = dataSource.CreateCommand(Claim))
        {
            claim.Parameters.AddWithValue("lease", options.Value.Timeout * 3);
            claim.Parameters.AddWithValue("batch", BatchSize);
            await using var reader = await claim.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                var body = new JsonObject
                {
                    ["id"] = reader.GetInt64(4),
                    ["kind"] = reader.GetString(5),
                    ["entityId"] = reader.GetInt64(6),
                    ["occurredAt"] = reader.GetFieldValue<DateTimeOffset>(8).ToString("O", CultureInfo.InvariantCulture),
                    ["data"] = JsonNode.Parse(reader.GetString(7)),
                };
                claimed.Add((reader.GetInt64(0), reader.GetInt32(1), reader.GetString(2), reader.GetString(3), body.ToJsonString(), reader.GetString(5)));
            }
        }

        foreach (var delivery in claimed)
        {
            var (status, error) = await SendAsync(delivery.Id, delivery.Url, delivery.Secret, delivery.Kind, delivery.Body, cancellationToken);
            await RecordAsync(delivery.Id, delivery.Attempts, status, error, cancellationToken);
        }

        return claimed.Count;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        using var timer = new PeriodicTimer(options.Value.PollInterval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                while (await RunOnceAsync(stoppingToken) == BatchSize)
                {
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // The database away, say: looked at again on the next tick.
                PassFailed(logger, exception);
            }
        }
    }

    private async Task<(int? Status, string? Error)> SendAsync(long id, string url, string secret, string kind, string body,
        CancellationToken cancellationToken)
    {
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Add(WebhookSignature.TimestampHeader, timestamp.ToString(CultureInfo.InvariantCulture));
        request.Headers.Add(WebhookSignature.SignatureHeader, WebhookSignature.Sign(secret, timestamp, body));
        request.Headers.Add(WebhookSignature.EventHeader, kind);
        request.Headers.Add(WebhookSignature.DeliveryHeader, id.ToString(CultureInfo.InvariantCulture));
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.Value.Timeout);
        try
        {
            using var response = await clients.CreateClient(ClientName).SendAsync(request, timeout.Token);
            var status = (int)response.StatusCode;
            return (status, response.IsSuccessStatusCode ? null : $"HTTP {status}");
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return (null, exception is TaskCanceledException ? $"no answer within {options.Value.Timeout.TotalSeconds:0} s" : exception.Message);
        }
    }

    private async Task RecordAsync(long id, int attempts, int? status, string? error, CancellationToken cancellationToken)
    {
        var delivered = error is null;
        var retryAfter = options.Value.FirstRetryAfter * Math.Pow(2, Math.Min(attempts - 1, 16));
        await using var command = dataSource.CreateCommand("""
            UPDATE webhook_deliveries
            SET status = CASE WHEN @delivered THEN 'delivered' WHEN attempts >= @max THEN 'failed' ELSE 'pending' END,
                delivered_at = CASE WHEN @delivered THEN now() END,
                next_attempt_at = CASE WHEN @delivered THEN next_attempt_at ELSE now() + @wait END,
                leased_until = NULL, last_status = @status, last_error = left(@error, 500)
            WHERE id = @id
            """);
        command.Parameters.AddWithValue("id", id);
        command.Parameters.AddWithValue("delivered", delivered);
        command.Parameters.AddWithValue("max", options.Value.MaxAttempts);
        command.Parameters.AddWithValue("wait", retryAfter);
        command.Parameters.Add(new NpgsqlParameter("status", NpgsqlTypes.NpgsqlDbType.Integer) { Value = (object?)status ?? DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter("error", NpgsqlTypes.NpgsqlDbType.Text) { Value = (object?)error ?? DBNull.Value });
        await command.ExecuteNonQueryAsync(cancellationToken);
        if (!delivered)
        {
            DeliveryFailed(logger, id, attempts, error!);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Webhook pass failed")]
    private static partial void PassFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Webhook delivery {Id} attempt {Attempt} failed: {Error}")]
    private static partial void DeliveryFailed(ILogger logger, long id, int attempt, string error);
}
