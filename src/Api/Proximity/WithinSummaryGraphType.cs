using FireMap.Api.Access;
using GraphQL.Types;

namespace FireMap.Api.Proximity;

/// <summary>Figures over every hit of a radius search.</summary>
public sealed class WithinSummaryGraphType : ObjectGraphType<WithinSummary>
{
    public WithinSummaryGraphType()
    {
        this.Allow(AccessRule.Read);
        Name = "WithinSummary";
        Description = "Figures over all hits of a radius search.";
        Field(s => s.TotalCount).Description("Number of hits.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CategoryCountGraphType>>>>("counts")
            .Description("Hits by use class (buildings), category (places) or status (hydrants), in code order.")
            .Resolve(c => c.Source.ByCategory);
        Field(s => s.HighRiseCount).Description("High-rise buildings among the hits (0 for other layers).");
        Field<NonNullGraphType<IntGraphType>>("occupantsSum").Description("People living or working in the buildings hit.").Resolve(c => checked((int)c.Source.OccupantsSum));
        Field<NonNullGraphType<IntGraphType>>("capacitySum").Description("Capacity of the places hit.").Resolve(c => checked((int)c.Source.CapacitySum));
    }
}
