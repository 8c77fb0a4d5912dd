namespace FireMap.Api.Jobs;

/// <summary>One row of <c>job_runs</c>.</summary>
public sealed record JobRunRecord(
    long Id, string Job, DateTimeOffset Slot, string Trigger, DateTimeOffset StartedAt, DateTimeOffset? FinishedAt,
    string Outcome, string? Message, string Instance, string Actor);
