using Microsoft.Extensions.Options;
using Npgsql;

namespace FireMap.Api.Imports;

/// <summary>
/// On a database with no data yet, loads the demo set through the same importer a user's files go
/// through. Registered after the database's own start-up step, so it runs on a migrated schema.
/// </summary>
internal sealed class DemoDataLoader(
    IOptions<DemoDataOptions> options,
    FireMapPaths paths,
    NpgsqlDataSource dataSource,
    LayerImporter importer,
    IEnumerable<IDemoDataPart> parts,
    ILogger<DemoDataLoader> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.LoadDemoData || !await IsEmptyAsync(cancellationToken))
        {
            return;
        }

        var directory = options.Value.DemoData ?? paths.DemoData;
        if (!Directory.Exists(directory))
        {
            logger.LogWarning("The database is empty and no demo data were found at {Directory}", directory);
            return;
        }

        var files = ImportFile.FromDirectory(directory);
        var summary = await importer.ImportAsync(files, actor: "demo-data", allowUnplaced: false, cancellationToken);
        logger.LogInformation("Loaded the demo data: {Summary}", summary);
        foreach (var part in parts)
        {
            await part.LoadAsync(directory, cancellationToken);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task<bool> IsEmptyAsync(CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("SELECT NOT EXISTS (SELECT 1 FROM communities)");
        return (bool)(await command.ExecuteScalarAsync(cancellationToken))!;
    }
}
