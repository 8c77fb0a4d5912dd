namespace FireMap.Api.Jobs;

/// <summary>
/// Work the service does at a time of day (China time), once across all instances that serve the
/// same database; registered with <see cref="JobsSetup.AddScheduledJob{TJob}"/>.
/// </summary>
public interface IScheduledJob
{
    /// <summary>Stable name: the key of its runs in <c>job_runs</c> and of its schedule in configuration.</summary>
    string Name { get; }

    /// <summary>Time of day (Asia/Shanghai) it runs at unless <c>FireMap:Jobs:Schedules:{Name}</c> says otherwise.</summary>
    TimeOnly DefaultTime { get; }

    /// <summary>Does the work; the text returned is kept with the run. An exception makes the run failed.</summary>
    Task<string?> RunAsync(CancellationToken cancellationToken);
}
