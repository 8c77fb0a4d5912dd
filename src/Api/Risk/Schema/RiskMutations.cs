using FireMap.Api.Access;
using FireMap.Api.Audit;
using FireMap.Api.Risk.Inputs;
using FireMap.Api.Risk.Runs;
using GraphQL;
using GraphQL.Types;

namespace FireMap.Api.Risk.Schema;

/// <summary>The <c>recomputeRisk</c> mutation: computes (or recomputes) the run of a date, audited.</summary>
public static class RiskMutations
{
    public static void AddTo(ObjectGraphType mutation)
    {
        ArgumentNullException.ThrowIfNull(mutation);
        mutation.Field<NonNullGraphType<RiskRunGraphType>>("recomputeRisk")
            .Allow(AccessRule.Analyse)
            .Description("Scores every compound and building under the current model on asOf (default today, China time) and stores the run, "
                + "replacing an earlier run of the same model and date. Audited with the actor and the run's counts.")
            .Argument<DateOnlyGraphType>("asOf", "The China-time date to score, not after today; hazards, blockages and incidents are judged on it.")
            .ResolveAsync(async context =>
            {
                var services = context.RequestServices!;
                var today = services.GetRequiredService<ChinaCalendar>().Today;
                var asOf = RiskArguments.AsOf(context, today) ?? today;
                var actor = Actor.Of(services.GetService<IHttpContextAccessor>()?.HttpContext);
                return await services.GetRequiredService<RiskRecompute>().RecomputeAsync(asOf, RiskTrigger.Request, actor, context.CancellationToken);
            });
    }
}
