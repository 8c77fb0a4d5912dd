using FireMap.Api.Access;
using FireMap.Api.Jobs;
using GraphQL.Types;

namespace FireMap.Api.Operations;

/// <summary>One run of a scheduled job.</summary>
public sealed class JobRunGraphType : ObjectGraphType<JobRunRecord>
{
    public JobRunGraphType()
    {
        Name = "JobRun";
        Description = "One run of a scheduled job (backup, risk run, retention) and how it ended.";
        this.Allow(AccessRule.OperateService);
        Field<NonNullGraphType<IdGraphType>>("id").Description("Id of the run.").Resolve(c => c.Source.Id);
        Field(r => r.Job).Description("Name of the job.");
        Field<NonNullGraphType<JobTriggerGraphType>>("trigger").Description("Scheduled or on request.").Resolve(c => c.Source.Trigger);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("startedAt").Description("When it started.").Resolve(c => c.Source.StartedAt);
        Field<DateTimeOffsetGraphType>("finishedAt").Description("When it ended; null while running.").Resolve(c => c.Source.FinishedAt);
        Field<NonNullGraphType<JobOutcomeGraphType>>("outcome").Description("How it ended.").Resolve(c => c.Source.Outcome);
        Field<StringGraphType>("message").Description("What it reported, or why it failed.").Resolve(c => c.Source.Message);
        Field(r => r.Instance).Description("Host and process that ran it.");
        Field(r => r.Actor).Description("Who asked for it ('system' for scheduled runs).");
    }
}
