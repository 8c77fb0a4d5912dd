using FireMap.Api.Access;
using GraphQL.Types;

namespace FireMap.Api.FieldWork;

/// <summary>The inspection coverage of a period.</summary>
public sealed class InspectionCoverageGraphType : ObjectGraphType<InspectionCoverage>
{
    public InspectionCoverageGraphType()
    {
        this.Allow(AccessRule.Read);
        Name = "InspectionCoverage";
        Description = "What share of high-rise buildings, compounds and places by category were inspected in a period.";
        Field<NonNullGraphType<DateOnlyGraphType>>("from").Description("First day of the period.").Resolve(c => c.Source.From);
        Field<NonNullGraphType<DateOnlyGraphType>>("to").Description("Last day of the period.").Resolve(c => c.Source.To);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CoverageGroupGraphType>>>>("groups")
            .Description("High-rise buildings, compounds, then places by category (categories present only).").Resolve(c => c.Source.Groups);
        Field<NonNullGraphType<IntGraphType>>("total").Description("Subjects counted over all groups.").Resolve(c => c.Source.Total);
        Field<NonNullGraphType<IntGraphType>>("inspected").Description("Of them, inspected at least once in the period.").Resolve(c => c.Source.Inspected);
        Field<NonNullGraphType<FloatGraphType>>("share").Description("inspected / total, 0–1 (1 when there is nothing to inspect).").Resolve(c => c.Source.Share);
    }
}
