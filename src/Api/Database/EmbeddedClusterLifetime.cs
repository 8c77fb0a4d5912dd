using FireMap.Api.Database.Embedded;
using Microsoft.Extensions.Options;

namespace FireMap.Api.Database;

/// <summary>
/// Starts the embedded cluster with the host when no connection string is configured, before the
/// initializer migrates it, and stops it cleanly when the host stops.
/// </summary>
internal sealed class EmbeddedClusterLifetime(IOptions<DatabaseOptions> options, IServiceProvider services) : IHostedService
{
    private EmbeddedPostgresCluster? _cluster;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(options.Value.ConnectionString))
        {
            _cluster = services.GetRequiredService<EmbeddedPostgresCluster>();
            _ = services.GetRequiredService<DatabaseSettings>(); // starts the cluster
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        _cluster?.Stop();
        return Task.CompletedTask;
    }
}
