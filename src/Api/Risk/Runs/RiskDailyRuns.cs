using FireMap.Api.Risk.Inputs;
using FireMap.Api.Risk.Periods;
using Microsoft.Extensions.Options;

namespace FireMap.Api.Risk.Runs;

/// <summary>
/// At start-up (after the migrations and the demo load, which earlier hosted services finish first)
/// computes today's run if the current model has none, before the server accepts requests. Each new
/// day's run is the <see cref="RiskDailyJob"/>. A failed start-up run is logged, not fatal. Then, every
/// minute, puts in force the periods of raised risk changed through another instance (each instance holds
/// its own model in force, so each follows for itself).
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
        options.Value.DailyRuns ? FollowModelChangesAsync(stoppingToken) : Task.CompletedTask;

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
}
