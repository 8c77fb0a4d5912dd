using FireMap.Api.Access;
using GraphQL.Types;

namespace FireMap.Api.Hazards;

/// <summary>Counts over a whole hazard list, every page together.</summary>
public sealed class HazardSummaryGraphType : ObjectGraphType<HazardSummary>
{
    public HazardSummaryGraphType()
    {
        this.Allow(AccessRule.Read);
        Name = "HazardSummary";
        Description = "Counts over the whole list (every page), under the same filter and scope.";
        Field(s => s.Total).Description("Hazards in the list.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<HazardStatusCountGraphType>>>>("byStatus")
            .Description("Count per status, every status listed (zeros included), in workflow order.").Resolve(c => c.Source.ByStatus);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<HazardSeverityCountGraphType>>>>("bySeverity")
            .Description("Count per severity, every severity listed.").Resolve(c => c.Source.BySeverity);
        Field(s => s.Overdue).Description("Open hazards past their deadline (China-time date).");
        Field(s => s.Supervised).Description("Hazards under listed supervision (挂牌督办).");
    }
}
