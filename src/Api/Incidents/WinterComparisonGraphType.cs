using FireMap.Api.Access;
using GraphQL.Types;

namespace FireMap.Api.Incidents;

/// <summary>This winter against last winter.</summary>
public sealed class WinterComparisonGraphType : ObjectGraphType<WinterComparison>
{
    public WinterComparisonGraphType()
    {
        this.Allow(AccessRule.Read);
        Name = "IncidentWinterComparison";
        Description = "Fires of this winter (from 1 November) against last winter over the same days and over the whole winter.";
        Field<NonNullGraphType<DateOnlyGraphType>>("thisWinterFrom").Description("First day of this winter.").Resolve(c => c.Source.ThisWinterFrom);
        Field<NonNullGraphType<DateOnlyGraphType>>("thisWinterTo").Description("Last day counted (today, or 31 March).").Resolve(c => c.Source.ThisWinterTo);
        Field<NonNullGraphType<IncidentStatisticGraphType>>("thisWinter").Description("This winter so far.").Resolve(c => c.Source.ThisWinter);
        Field<NonNullGraphType<IncidentStatisticGraphType>>("lastWinterSameSpan").Description("Last winter over the same days.").Resolve(c => c.Source.LastWinterSameSpan);
        Field<NonNullGraphType<IncidentStatisticGraphType>>("lastWinter").Description("The whole of last winter.").Resolve(c => c.Source.LastWinter);
    }
}
