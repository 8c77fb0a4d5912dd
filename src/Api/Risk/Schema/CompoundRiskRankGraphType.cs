using FireMap.Api.Access;
using FireMap.Api.Compounds;
using FireMap.Api.Risk.Ranking;
using GraphQL.Types;

namespace FireMap.Api.Risk.Schema;

/// <summary>A compound's place in a risk ranking, with its score explained.</summary>
public sealed class CompoundRiskRankGraphType : ObjectGraphType<CompoundRiskRow>
{
    public CompoundRiskRankGraphType()
    {
        this.Allow(AccessRule.Read);
        Name = "CompoundRiskRank";
        Description = "A compound in a risk ranking: rank, score, level, and each factor's share of the score.";
        Field<NonNullGraphType<IntGraphType>>("rank")
            .Description("Position in the ranking of the scope (all compounds, or the community's), 1 = highest risk; a level filter keeps these ranks.")
            .Resolve(c => (int)c.Source.Rank);
        RiskScoreFields.AddTo(this, r => r.Risk, RiskScoreFields.CompoundSides);
        Field<NonNullGraphType<FloatGraphType>>("maxBuildingScore").Description("Score of its highest-scoring building (or of the notional one when it has none).").Resolve(c => c.Source.MaxBuildingScore);
        Field<NonNullGraphType<FloatGraphType>>("meanBuildingScore").Description("Mean score of its buildings.").Resolve(c => c.Source.MeanBuildingScore);
        Field<NonNullGraphType<IntGraphType>>("buildingCount").Description("Buildings scored in it.").Resolve(c => c.Source.BuildingCount);
        Field<NonNullGraphType<IdGraphType>>("compoundId").Description("Id of the compound.").Resolve(c => c.Source.CompoundId);
        Field<CompoundGraphType>("compound")
            .Description("The compound (one query for all compounds of the page); null if it has been removed since the run.")
            .Resolve(c => c.RequestServices!.GetRequiredService<RiskNodeLoader>().Compound(c.Source.CompoundId));
    }
}
