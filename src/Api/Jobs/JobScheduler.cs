using System.Globalization;
using Microsoft.Extensions.Options;

namespace FireMap.Api.Jobs;

/// <summary>
/// Runs each registered job at its time of day (Asia/Shanghai). Every instance looks; the run's
/// (job, time) row decides which one does the work, so a job runs once however many instances serve
/// the database. A time missed by more than <see cref="JobOptions.MissedRunGrace"/> (the service was
/// down) is skipped: the next day's run comes as usual.
/// </summary>
public sealed partial class JobScheduler(
    IEnumerable<IScheduledJob> jobs, JobRunner runner, JobRunRepository runs, IOptions<JobOptions> options, TimeProvider time,
    ILogger<JobScheduler> logger) : BackgroundService
{
    private readonly Dictionary<string, DateTimeOffset> _attempted = new(StringComparer.Ordinal);

    public IReadOnlyList<IScheduledJob> Jobs { get; } = [.. jobs];

    /// <summary>The job's time of day, or null when configured <c>off</c>.</summary>
    public TimeOnly? ScheduleOf(IScheduledJob job)
    {
        ArgumentNullException.ThrowIfNull(job);
        if (!options.Value.Schedules.TryGetValue(job.Name, out var configured) || string.IsNullOrWhiteSpace(configured))
        {
            return job.DefaultTime;
        }

        return string.Equals(configured.Trim(), "off", StringComparison.OrdinalIgnoreCase)
            ? null
            : TimeOnly.ParseExact(configured.Trim(), ["HH:mm", "H:mm", "HH:mm:ss"], CultureInfo.InvariantCulture);
    }

    public IScheduledJob? Find(string name) => Jobs.FirstOrDefault(job => job.Name == name);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled || Jobs.Count == 0)
        {
            return;
        }

        using var timer = new PeriodicTimer(options.Value.PollInterval, time);
        do
        {
            try
            {
                await RunDueAsync(stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // The database away, say: looked at again on the next tick.
                LookFailed(logger, exception);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    private async Task RunDueAsync(CancellationToken stoppingToken)
    {
        await runs.AbandonStaleAsync(options.Value.AbandonAfter, stoppingToken);
        var now = time.GetUtcNow();
        foreach (var job in Jobs)
        {
            if (ScheduleOf(job) is not { } at)
            {
                continue;
            }

            var slot = ChinaTime.LatestAt(at, now);
            if (now - slot > options.Value.MissedRunGrace || _attempted.GetValueOrDefault(job.Name) == slot)
            {
                continue;
            }

            _attempted[job.Name] = slot;
            await runner.RunAsync(job, slot, JobRunner.ScheduleTrigger, "system", stoppingToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Looking for due jobs failed; trying again on the next tick")]
    private static partial void LookFailed(ILogger logger, Exception exception);
}
