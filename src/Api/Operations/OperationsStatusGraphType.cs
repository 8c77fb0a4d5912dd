using FireMap.Api.Access;
using GraphQL.Types;

namespace FireMap.Api.Operations;

/// <summary>Service and database health, backups and jobs: the admin page.</summary>
public sealed class OperationsStatusGraphType : ObjectGraphType<OperationsStatus>
{
    public OperationsStatusGraphType()
    {
        Name = "OperationsStatus";
        Description = "Service and database health, backups and job runs. Administrators only.";
        this.Allow(AccessRule.OperateService);
        Field(s => s.FireMapVersion).Description("Version of the running FireMap.");
        Field(s => s.Instance).Description("Host and process answering.");
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("startedAt").Description("When this instance started.").Resolve(c => c.Source.StartedAt);
        Field(s => s.CodeSchemaVersion).Description("The last migration this FireMap carries.");
        Field(s => s.DatabaseReachable).Description("PostgreSQL answered.");
        Field<StringGraphType>("databaseSchemaVersion").Description("The last migration applied to the database.").Resolve(c => c.Source.DatabaseSchemaVersion);
        Field<StringGraphType>("postgresVersion").Description("PostgreSQL server version.").Resolve(c => c.Source.PostgresVersion);
        Field<StringGraphType>("postgisVersion").Description("PostGIS version.").Resolve(c => c.Source.PostgisVersion);
        Field<FloatGraphType>("databaseBytes").Description("Size of the database on disk.").Resolve(c => c.Source.DatabaseBytes);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<BackupGraphType>>>>("backups").Description("Backups in the backup folder, newest first.")
            .Resolve(c => c.Source.Backups);
        Field<FloatGraphType>("backupAgeSeconds").Description("Seconds since the newest backup; null when there is none.").Resolve(c => c.Source.BackupAgeSeconds);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<JobRunGraphType>>>>("recentJobs").Description("The latest job runs, newest first.")
            .Resolve(c => c.Source.RecentJobs);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<JobRunGraphType>>>>("jobAlerts")
            .Description("Each job whose latest run failed or was abandoned: an alert until a later run succeeds.").Resolve(c => c.Source.JobAlerts);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ScheduledJobGraphType>>>>("jobs").Description("The scheduled jobs.").Resolve(c => c.Source.Jobs);
    }
}
