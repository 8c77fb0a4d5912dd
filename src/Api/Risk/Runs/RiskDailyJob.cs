using FireMap.Api.Jobs;
using FireMap.Api.Risk.Inputs;

namespace FireMap.Api.Risk.Runs;

/// <summary>
/// Each new China-time day's risk run, a minute past midnight (so that a clock a little fast does not
/// compute yesterday again), so overdue hazards and history follow the calendar without anyone asking.
/// Once across instances, through the job scheduler.
/// </summary>
internal sealed class RiskDailyJob(RiskRecompute recompute, ChinaCalendar calendar) : IScheduledJob
{
    public string Name => "risk-daily";

    public TimeOnly DefaultTime => new(0, 1);

    public async Task<string?> RunAsync(CancellationToken cancellationToken)
    {
        var run = await recompute.EnsureRunAsync(calendar.Today, RiskTrigger.Daily, cancellationToken);
        return run is null ? $"{calendar.Today:yyyy-MM-dd} had a run already" : $"run of {calendar.Today:yyyy-MM-dd} computed";
    }
}
