namespace FireMap.Api.Database;

/// <summary>
/// Brings the schema up to date before the server listens. Features that fill an empty database
/// (the demo data) register their own start-up step after this one.
/// </summary>
internal sealed class DatabaseInitializer(MigrationRunner migrations) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        // Runs before any pooled connection opens, so the PostGIS types it creates are known to all of them.
        migrations.Apply();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
