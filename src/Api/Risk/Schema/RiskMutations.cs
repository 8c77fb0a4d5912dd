using FireMap.Api.Access;
using FireMap.Api.Audit;
using FireMap.Api.Errors;
using FireMap.Api.Risk.Inputs;
using FireMap.Api.Risk.Runs;
using GraphQL;
using GraphQL.Types;
using GraphQLParser.AST;

namespace FireMap.Api.Risk.Schema;

/// <summary>The <c>recomputeRisk</c> mutation: computes (or recomputes) the run of a date, audited.</summary>
public static class RiskMutations
{
    /// <summary>Complexity of a whole run.</summary>
    public const double Cost = 20_000;

    public static void AddTo(ObjectGraphType mutation)
    {
        ArgumentNullException.ThrowIfNull(mutation);
        mutation.Field<NonNullGraphType<RiskRunGraphType>>("recomputeRisk")
            .Allow(AccessRule.Analyse)
            .Description("Scores every compound and building under the current model on asOf (default today, China time) and stores the run, "
                + "replacing an earlier run of the same model and date. Audited with the actor and the run's counts.")
            .Argument<DateOnlyGraphType>("asOf", "The China-time date to score, not after today; hazards, blockages and incidents are judged on it.")
            // Scores everything: the most a request may cost is a few of these.
            .WithComplexityImpact(Cost)
            .ResolveAsync(async context =>
            {
                // Aliases would let one request start several whole runs; they would only queue
                // behind one another, so the request is refused before any of them starts.
                if (CountIn(context.Operation.SelectionSet, context.Document, []) > 1)
                {
                    throw Rejection.BadInputMessage("One recompute per request",
                        "A request may hold recomputeRisk only once; send one request per run.", "recomputeRisk");
                }

                var services = context.RequestServices!;
                var today = services.GetRequiredService<ChinaCalendar>().Today;
                var asOf = RiskArguments.AsOf(context, today) ?? today;
                var actor = Actor.Of(services.GetService<IHttpContextAccessor>()?.HttpContext);
                return await services.GetRequiredService<RiskRecompute>().RecomputeAsync(asOf, RiskTrigger.Request, actor, context.CancellationToken);
            });
    }

    private static int CountIn(GraphQLSelectionSet? set, GraphQLDocument document, HashSet<string> visited) =>
        set?.Selections.Sum(selection => selection switch
        {
            GraphQLField field => field.Name.StringValue == "recomputeRisk" ? 1 : 0,
            GraphQLInlineFragment inline => CountIn(inline.SelectionSet, document, visited),
            GraphQLFragmentSpread spread when visited.Add(spread.FragmentName.Name.StringValue) =>
                CountIn(document.Definitions.OfType<GraphQLFragmentDefinition>()
                    .FirstOrDefault(f => f.FragmentName.Name.StringValue == spread.FragmentName.Name.StringValue)?.SelectionSet, document, visited),
            _ => 0,
        }) ?? 0;
}
