using FireMap.Api.Jobs;

namespace FireMap.Api.Operations;

/// <summary>The admin page's picture of the service.</summary>
public sealed record OperationsStatus(
    string FireMapVersion, string Instance, DateTimeOffset StartedAt, string CodeSchemaVersion,
    bool DatabaseReachable, string? DatabaseSchemaVersion, string? PostgresVersion, string? PostgisVersion, double? DatabaseBytes,
    IReadOnlyList<BackupFile> Backups, double? BackupAgeSeconds, IReadOnlyList<JobRunRecord> RecentJobs, IReadOnlyList<JobRunRecord> JobAlerts,
    IReadOnlyList<ScheduledJobView> Jobs);
