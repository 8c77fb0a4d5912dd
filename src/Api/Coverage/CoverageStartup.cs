namespace FireMap.Api.Coverage;

/// <summary>Builds the network and every station's reach when the service starts (after the demo data load).</summary>
internal sealed class CoverageStartup(CoverageNetwork network, CoverageSettings settings) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) =>
        settings.Options.BuildOnStart ? network.RebuildAsync(cancellationToken) : Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
