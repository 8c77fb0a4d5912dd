namespace FireMap.Api.Database.Embedded;

/// <summary>Stops the embedded cluster cleanly when the service stops.</summary>
internal sealed class EmbeddedClusterLifetime(EmbeddedPostgresCluster cluster) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken)
    {
        cluster.Stop();
        return Task.CompletedTask;
    }
}
