using FireMap.Api.Risk.Inputs;
using Microsoft.Extensions.Options;

namespace FireMap.Api.Risk.Runs;

/// <summary>
/// At start-up (after the migrations and the demo load, which earlier hosted services finish first)
/// computes today's run if the current model has none, before the server accepts requests. Each new
/// day's run is the <see cref="RiskDailyJob"/>. A failed start-up run is logged, not fatal.
/// </summary>
internal sealed class RiskDailyRuns(RiskRecompute recompute, ChinaCalendar calendar, IOptions<RiskOptions> options,
    ILogger<RiskDailyRuns> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
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
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
