using FireMap.Api.Access;
using GraphQL.Types;

namespace FireMap.Api.Hazards;

/// <summary>How many hazards of a list have one severity.</summary>
public sealed class HazardSeverityCountGraphType : ObjectGraphType<(string Code, int Count)>
{
    public HazardSeverityCountGraphType()
    {
        this.Allow(AccessRule.Read);
        Name = "HazardSeverityCount";
        Description = "How many hazards of the list have this severity.";
        Field<NonNullGraphType<HazardSeverityGraphType>>("severity").Description("The severity.").Resolve(c => c.Source.Code);
        Field<NonNullGraphType<IntGraphType>>("count").Description("Hazards with it.").Resolve(c => c.Source.Count);
    }
}
