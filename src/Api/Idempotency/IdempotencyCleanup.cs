using Microsoft.Extensions.Options;

namespace FireMap.Api.Idempotency;

/// <summary>
/// Deletes expired answers on a timer. The DELETE is idempotent (each instance deletes what has
/// expired; two running at once delete each row once between them), so every instance runs it without coordination.
/// </summary>
internal sealed class IdempotencyCleanup(IdempotencyStore store, IOptions<IdempotencyOptions> options, TimeProvider time,
    ILogger<IdempotencyCleanup> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            await Task.Delay(options.Value.CleanupInterval, time, stoppingToken);
            try
            {
                var deleted = await store.DeleteExpiredAsync(stoppingToken);
                if (deleted > 0)
                {
                    logger.LogInformation("Deleted {Count} expired idempotent answers", deleted);
                }
            }
            catch (Npgsql.NpgsqlException exception)
            {
                logger.LogWarning(exception, "Deleting expired idempotent answers failed; the next round retries");
            }
        }
    }
}
