using FireMap.Api.Risk.Inputs;
using Microsoft.Extensions.Options;

namespace FireMap.Api.Risk.Runs;

/// <summary>
/// Keeps a run for every China-time day: at start-up (after the migrations and the demo load, which
/// earlier hosted services finish first) it computes today's run if the current model has none, before
/// the server accepts requests; then it computes each new day's run shortly after midnight, so overdue
/// hazards and history follow the calendar without anyone asking. A failed run is logged, not fatal.
/// </summary>
internal sealed class RiskDailyRuns(RiskRecompute recompute, ChinaCalendar calendar, TimeProvider time, IOptions<RiskOptions> options,
    ILogger<RiskDailyRuns> logger) : BackgroundService
{
    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        if (options.Value.RecomputeOnStart)
        {
            try
            {
                await recompute.EnsureRunAsync(calendar.Today, RiskTrigger.Startup, cancellationToken);
            }
            catch (Exception e) when (e is Npgsql.NpgsqlException or InvalidOperationException or ArgumentException)
            {
                // The map, searches and fire lanes serve without scores; rankings answer NOT_FOUND until a run exists.
                logger.LogError(e, "Today's risk run could not be computed at start-up; the next change, request or day retries");
            }
        }

        await base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.DailyRuns)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            // A minute past midnight, so that a clock a little fast does not compute yesterday again.
            await Task.Delay(calendar.UntilTomorrow + TimeSpan.FromMinutes(1), time, stoppingToken);
            try
            {
                await recompute.EnsureRunAsync(calendar.Today, RiskTrigger.Daily, stoppingToken);
            }
            catch (Exception e) when (e is Npgsql.NpgsqlException or InvalidOperationException)
            {
                logger.LogError(e, "The daily risk run failed; the next change or day retries");
            }
        }
    }
}
