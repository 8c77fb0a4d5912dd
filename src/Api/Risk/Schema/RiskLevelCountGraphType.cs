using FireMap.Api.Access;
using FireMap.Spatial.Risk.Model;
using GraphQL.Types;

namespace FireMap.Api.Risk.Schema;

/// <summary>How many compounds of a run are at one level.</summary>
public sealed class RiskLevelCountGraphType : ObjectGraphType<(RiskLevel Level, int Count)>
{
    public RiskLevelCountGraphType()
    {
        this.Allow(AccessRule.Read);
        Name = "RiskLevelCount";
        Description = "Number of compounds at one risk level.";
        Field<NonNullGraphType<RiskLevelGraphType>>("level").Description("The level.").Resolve(c => c.Source.Level.Key());
        Field<NonNullGraphType<IntGraphType>>("count").Description("Compounds at that level.").Resolve(c => c.Source.Count);
    }
}
