using FireMap.Api.Database.Embedded;
using Microsoft.Extensions.Options;
using Npgsql;

namespace FireMap.Api.Database;

/// <summary>
/// Starts the embedded cluster with the host when no connection string is configured, before the
/// initializer migrates it, watches it while the service runs, and stops it cleanly when the host
/// stops. If the server dies (killed, crashed, out of memory) the watchdog starts it again on the
/// same port within about a second; meanwhile requests get 503 through the one error path.
/// </summary>
internal sealed class EmbeddedClusterLifetime(
    IOptions<DatabaseOptions> options, IServiceProvider services, ILogger<EmbeddedClusterLifetime> logger) : IHostedService, IDisposable
{
    private static readonly TimeSpan _watchInterval = TimeSpan.FromSeconds(1);

    private readonly CancellationTokenSource _stopping = new();
    private EmbeddedPostgresCluster? _cluster;
    private Task _watchdog = Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(options.Value.ConnectionString))
        {
            _cluster = services.GetRequiredService<EmbeddedPostgresCluster>();
            _ = services.GetRequiredService<DatabaseSettings>(); // starts the cluster
            _watchdog = Task.Run(() => WatchAsync(_cluster, _stopping.Token), CancellationToken.None);
        }

        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await _stopping.CancelAsync();
        await _watchdog;
        _cluster?.Stop();
    }

    public void Dispose() => _stopping.Dispose();

    private async Task WatchAsync(EmbeddedPostgresCluster cluster, CancellationToken stopping)
    {
        using var timer = new PeriodicTimer(_watchInterval);
        try
        {
            while (await timer.WaitForNextTickAsync(stopping))
            {
                try
                {
                    if (cluster.RestartIfStopped())
                    {
                        // Pooled connections to the dead server are broken; drop them rather than
                        // let each fail one request.
                        services.GetRequiredService<NpgsqlDataSource>().Clear();
                        logger.LogWarning("Embedded PostgreSQL restarted after it stopped unexpectedly");
                    }
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    // Such as shared memory still held by the dead server's children: try again on the next tick.
                    logger.LogError(exception, "Restarting the embedded PostgreSQL failed; trying again");
                }
            }
        }
        catch (OperationCanceledException)
        {
            // The host is stopping.
        }
    }
}
