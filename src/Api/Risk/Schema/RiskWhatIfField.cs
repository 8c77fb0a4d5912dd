using FireMap.Api.Access;
using FireMap.Api.GraphQL;
using FireMap.Api.Risk.Inputs;
using FireMap.Api.Risk.WhatIf;
using GraphQL;
using GraphQL.Types;

namespace FireMap.Api.Risk.Schema;

/// <summary>The <c>riskWhatIf</c> query: a compound's score after hypothetical fixes, computed live and never stored.</summary>
public static class RiskWhatIfField
{
    /// <summary>Complexity of one scenario.</summary>
    public const double Cost = 1_000;

    public static void AddTo(ObjectGraphType query)
    {
        ArgumentNullException.ThrowIfNull(query);
        query.Field<NonNullGraphType<RiskWhatIfGraphType>>("riskWhatIf")
            .Allow(AccessRule.Analyse)
            .Description("A compound's score from its current inputs, and after closing the listed hazards and clearing the listed blockages. Writes nothing.")
            .Argument<NonNullGraphType<IdGraphType>>("compoundId", "Id of the compound.")
            .Argument<ListGraphType<NonNullGraphType<IdGraphType>>>("closeHazards", "Open hazards of the compound or its buildings to close (销号) in the scenario.")
            .Argument<ListGraphType<NonNullGraphType<IdGraphType>>>("clearBlockages", "Active blockages on the compound's fire lanes to clear in the scenario.")
            .Argument<DateOnlyGraphType>("asOf", "The China-time date to score (default today); not after today.")
            // Reads and scores a compound's whole input set: worth hundreds of plain fields.
            .WithComplexityImpact(Cost)
            .ResolveAsync(async context =>
            {
                var services = context.RequestServices!;
                var id = Arguments.Id(context, "compoundId");
                var hazards = RiskArguments.Ids(context, "closeHazards");
                var blockages = RiskArguments.Ids(context, "clearBlockages");
                var today = services.GetRequiredService<ChinaCalendar>().Today;
                var asOf = RiskArguments.AsOf(context, today) ?? today;
                return await services.GetRequiredService<RiskWhatIfService>().RunAsync(id, hazards, blockages, asOf, context.CancellationToken);
            });
    }
}
