using FireMap.Api.Risk.Inputs;
using FireMap.Api.Risk.Periods;
using Microsoft.Extensions.Options;

namespace FireMap.Api.Risk.Runs;

/// <summary>
/// Keeps a run for every China-time day: at start-up (after the migrations and the demo load, which
/// earlier hosted services finish first) it computes today's run if the current model has none, before
/// the server accepts requests; then it computes each new day's run shortly after midnight, so overdue
/// hazards and history follow the calendar without anyone asking. A failed run is logged, not fatal.
/// </summary>
internal sealed class RiskDailyRuns(RiskRecompute recompute, RiskModelSource model, ChinaCalendar calendar, TimeProvider time,
    IOptions<RiskOptions> options, ILogger<RiskDailyRuns> logger) : BackgroundService
{
    // How often an instance looks for period changes made through another instance: one small query.
    private static readonly TimeSpan _followEvery = TimeSpan.FromMinutes(1);

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        // The periods of raised risk live in the database; the first start copies the model file's there.
        await model.SeedFromFileAsync(cancellationToken);
        if (options.Value.RecomputeOnStart)
        {
            try
            {
                await recompute.ApplyModelChangesAsync(RiskTrigger.Startup, "system", cancellationToken);
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

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        options.Value.DailyRuns ? Task.WhenAll(RunDailyAsync(stoppingToken), FollowModelChangesAsync(stoppingToken)) : Task.CompletedTask;

    private async Task FollowModelChangesAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            await Task.Delay(_followEvery, time, stoppingToken);
            try
            {
                await recompute.ApplyModelChangesAsync(RiskTrigger.Configuration, "system", stoppingToken);
            }
            catch (Exception e) when (e is Npgsql.NpgsqlException or InvalidOperationException or ArgumentException or Spatial.Risk.Model.RiskModelException)
            {
                logger.LogError(e, "The stored periods of raised risk could not be put in force; the model in force stays until the next try");
            }
        }
    }

    private async Task RunDailyAsync(CancellationToken stoppingToken)
    {
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
