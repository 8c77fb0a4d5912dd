using FireMap.Api.Access;
using GraphQL.Types;
using GraphQL.Types.Relay;

namespace FireMap.Api.Hazards;

/// <summary>The Relay connection of hazards, with a summary of the whole list.</summary>
public sealed class HazardConnectionGraphType : ConnectionType<HazardGraphType, EdgeType<HazardGraphType>>
{
    public HazardConnectionGraphType()
    {
        Name = "HazardConnection";
        Description = "A page of hazards, the total and a summary of the whole list.";
        Field<NonNullGraphType<HazardSummaryGraphType>>("summary")
            .Allow(AccessRule.Read)
            .Description("Counts by status, severity, overdue and supervised over every page of the list.")
            .ResolveAsync(async c =>
            {
                var query = ((HazardConnection)c.Source!).Query;
                return await c.RequestServices!.GetRequiredService<HazardRepository>().SummaryAsync(query, c.CancellationToken);
            });
    }
}
