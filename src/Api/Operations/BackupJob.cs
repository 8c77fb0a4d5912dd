using FireMap.Api.Jobs;

namespace FireMap.Api.Operations;

/// <summary>The daily backup (02:30 China time by default), then the pruning of old backups.</summary>
public sealed class BackupJob(BackupService backups) : IScheduledJob
{
    private string _reason = "daily";

    public const string JobName = "backup";

    public string Name => JobName;

    /// <summary>The same job taken now on an administrator's request (same name, so it never overlaps the daily one).</summary>
    public static BackupJob Manual(BackupService backups) => new(backups) { _reason = "manual" };

    public TimeOnly DefaultTime => new(2, 30);

    public async Task<string?> RunAsync(CancellationToken cancellationToken)
    {
        var (path, manifest) = await backups.CreateAsync(_reason, null, cancellationToken);
        var removed = backups.Prune();
        return $"{Path.GetFileName(path)} ({new FileInfo(path).Length / 1024} KiB, schema {manifest.SchemaVersion}); {removed.Count} old backups removed";
    }
}
