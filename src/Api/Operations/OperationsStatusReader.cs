using FireMap.Api.Database;
using FireMap.Api.Jobs;
using Npgsql;

namespace FireMap.Api.Operations;

/// <summary>Gathers <see cref="OperationsStatus"/>; a database that does not answer is reported, not thrown.</summary>
public sealed class OperationsStatusReader(NpgsqlDataSource dataSource, BackupService backups, JobRunRepository runs, JobScheduler scheduler,
    ILogger<OperationsStatusReader> logger)
{
    private static readonly DateTimeOffset _started = DateTimeOffset.UtcNow;

    private const string Database = """
        SELECT version(), postgis_lib_version(), pg_database_size(current_database())::float8,
               (SELECT max(scriptname) FROM schemaversions)
        """;

    public async Task<OperationsStatus> ReadAsync(CancellationToken cancellationToken)
    {
        string? postgres = null, postgis = null, schema = null;
        double? bytes = null;
        IReadOnlyList<JobRunRecord> recent = [], alerts = [];
        var reachable = true;
        try
        {
            await using var command = dataSource.Routed().CreateCommand(Database);
            await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
            {
                await reader.ReadAsync(cancellationToken);
                postgres = reader.GetString(0);
                postgis = reader.GetString(1);
                bytes = reader.GetDouble(2);
                schema = reader.IsDBNull(3) ? null : MigrationRunner.VersionOf(reader.GetString(3));
            }

            recent = await runs.RecentAsync(30, cancellationToken);
            alerts = await runs.AlertsAsync(cancellationToken);
        }
        catch (Exception e) when (DatabaseOutage.Is(e))
        {
            logger.LogWarning(e, "Operations status: PostgreSQL is not reachable");
            reachable = false;
        }

        var jobs = scheduler.Jobs.Select(job => new ScheduledJobView(job.Name, scheduler.ScheduleOf(job)?.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture))).ToList();
        return new OperationsStatus(BackupService.FireMapVersion, JobRunRepository.Instance, _started, MigrationRunner.CodeSchemaVersion,
            reachable, schema, postgres, postgis, bytes, backups.List(), backups.AgeSeconds(), recent, alerts, jobs);
    }
}
