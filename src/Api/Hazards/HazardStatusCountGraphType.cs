using FireMap.Api.Access;
using GraphQL.Types;

namespace FireMap.Api.Hazards;

/// <summary>How many hazards of a list have one status.</summary>
public sealed class HazardStatusCountGraphType : ObjectGraphType<(string Code, int Count)>
{
    public HazardStatusCountGraphType()
    {
        this.Allow(AccessRule.Read);
        Name = "HazardStatusCount";
        Description = "How many hazards of the list have this status.";
        Field<NonNullGraphType<HazardStatusGraphType>>("status").Description("The status.").Resolve(c => c.Source.Code);
        Field<NonNullGraphType<IntGraphType>>("count").Description("Hazards with it.").Resolve(c => c.Source.Count);
    }
}
