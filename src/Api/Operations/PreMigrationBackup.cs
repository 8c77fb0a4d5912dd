using FireMap.Api.Database;
using Microsoft.Extensions.Options;

namespace FireMap.Api.Operations;

/// <summary>
/// Before migrations change a database that holds a schema, a backup named <c>…-pre-migration.tar</c>
/// goes to the backup folder; if it cannot be taken, the upgrade does not start.
/// </summary>
public sealed class PreMigrationBackup(BackupService backups, IOptions<BackupOptions> options, ILogger<PreMigrationBackup> logger) : IMigrationSafeguard
{
    public void BeforeMigrating(IReadOnlyList<string> pending)
    {
        ArgumentNullException.ThrowIfNull(pending);
        if (!options.Value.BeforeMigrations)
        {
            return;
        }

        logger.LogInformation("Taking a backup before applying {Count} migrations ({First} …)", pending.Count, MigrationRunner.VersionOf(pending[0]));
        var (path, _) = backups.CreateAsync("pre-migration", null, CancellationToken.None).GetAwaiter().GetResult();
        logger.LogInformation("Pre-migration backup: {File}", path);
    }
}
