using FireMap.Api.Risk.Storage;
using FireMap.Spatial.Risk.Model;
using FireMap.Spatial.Risk.Scoring;

namespace FireMap.Api.Risk.Runs;

/// <summary>One row of <c>compound_risk_scores</c> or <c>building_risk_scores</c>, ready to write.</summary>
internal readonly record struct ScoreRow(
    long Id,
    long? CompoundId,
    double Score,
    string Level,
    double? Likelihood,
    double? Consequence,
    double MaxBuildingScore,
    double MeanBuildingScore,
    int BuildingCount,
    string Contributions)
{
    public static ScoreRow Of(CompoundRiskScore c, double maxWeight)
    {
        var (likelihood, consequence) = CompoundSides.Of(c, maxWeight);
        return new(c.CompoundId, c.CompoundId, c.Score, c.Level.Key(), likelihood, consequence, c.MaxBuildingScore, c.MeanBuildingScore,
            c.Buildings.Count, ContributionJson.Write(c.Contributions));
    }

    public static ScoreRow Of(BuildingRiskScore b, long? compoundId) =>
        new(b.BuildingId, compoundId, b.Score, b.Level.Key(), b.Likelihood, b.Consequence, 0, 0, 0, ContributionJson.Write(b.Contributions));
}
