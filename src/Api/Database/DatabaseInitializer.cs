using FireMap.Api.Imports;
using Npgsql;

namespace FireMap.Api.Database;

/// <summary>
/// Brings the database up to date before the server listens: migrations, then, on a database
/// with no data yet, the demo set loaded through the same importer a user's files go through.
/// </summary>
internal sealed class DatabaseInitializer(
    MigrationRunner migrations,
    DatabaseSettings settings,
    NpgsqlDataSource dataSource,
    LayerImporter importer,
    ILogger<DatabaseInitializer> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        // Runs before any pooled connection opens, so the PostGIS types it creates are known to all of them.
        migrations.Apply();
        if (!settings.LoadDemoData || !await IsEmptyAsync(cancellationToken))
        {
            return;
        }

        if (!Directory.Exists(settings.DemoDataDirectory))
        {
            logger.LogWarning("The database is empty and no demo data were found at {Directory}", settings.DemoDataDirectory);
            return;
        }

        var files = ImportFile.FromDirectory(settings.DemoDataDirectory);
        var summary = await importer.ImportAsync(files, actor: "demo-data", allowUnplaced: false, cancellationToken);
        logger.LogInformation("Loaded the demo data: {Summary}", summary);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task<bool> IsEmptyAsync(CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("SELECT NOT EXISTS (SELECT 1 FROM communities)");
        return (bool)(await command.ExecuteScalarAsync(cancellationToken))!;
    }
}
