using FireMap.Api.Access;
using FireMap.Api.Errors;
using FireMap.Api.GraphQL;
using FireMap.Api.Jobs;
using GraphQL;
using GraphQL.Types;

namespace FireMap.Api.Operations;

/// <summary>The admin page's query and its "take a backup now".</summary>
public sealed class OperationsFields : IRootFields
{
    public void AddQueries(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<OperationsStatusGraphType>>("operationsStatus")
            .Description("Service and database health, backups, recent job runs and job alerts. Administrators only.")
            .Allow(AccessRule.OperateService)
            .ResolveAsync(async context => await context.RequestServices!.GetRequiredService<OperationsStatusReader>().ReadAsync(context.CancellationToken));
    }

    public void AddMutations(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<JobRunGraphType>>("takeBackup")
            .Description("Takes a backup now into the backup folder and returns the run (failed runs carry the reason). Administrators only.")
            .Allow(AccessRule.OperateService)
            .ResolveAsync(async context =>
            {
                var services = context.RequestServices!;
                var user = CurrentUser.Of(context.User);
                var job = BackupJob.Manual(services.GetRequiredService<BackupService>());
                // Not the request's token: a backup that has started finishes even if the page is closed.
                return await services.GetRequiredService<JobRunner>().RunAsync(job, DateTimeOffset.UtcNow, JobRunner.RequestTrigger, user.UserName, CancellationToken.None)
                    ?? throw Rejection.Of(RejectionKind.Conflict, "A backup is being taken already; wait for it to finish.");
            });
    }
}
