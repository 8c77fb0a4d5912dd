using FireMap.Api.Access;
using FireMap.Api.Buildings;
using FireMap.Api.Risk.Ranking;
using GraphQL.Types;

namespace FireMap.Api.Risk.Schema;

/// <summary>A building's place in a risk ranking, with its score explained.</summary>
public sealed class BuildingRiskRankGraphType : ObjectGraphType<BuildingRiskRow>
{
    public BuildingRiskRankGraphType()
    {
        this.Allow(AccessRule.Read);
        Name = "BuildingRiskRank";
        Description = "A building in a risk ranking: rank, score, level, and each factor's share of the score.";
        Field<NonNullGraphType<IntGraphType>>("rank")
            .Description("Position in the ranking of the scope (all buildings, the community's or the compound's), 1 = highest risk; a level filter keeps these ranks.")
            .Resolve(c => (int)c.Source.Rank);
        RiskScoreFields.AddTo(this, r => r.Risk, RiskScoreFields.BuildingSides);
        Field<NonNullGraphType<IdGraphType>>("buildingId").Description("Id of the building.").Resolve(c => c.Source.BuildingId);
        Field<IdGraphType>("compoundId").Description("Id of the compound it was scored in; null for a building outside any compound.").Resolve(c => c.Source.CompoundId);
        Field<BuildingGraphType>("building")
            .Description("The building (one query for all buildings of the page); null if it has been removed since the run.")
            .Resolve(c => c.RequestServices!.GetRequiredService<RiskNodeLoader>().Building(c.Source.BuildingId));
    }
}
