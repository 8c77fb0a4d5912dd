using FireMap.Spatial.Risk.Model;
using FireMap.Spatial.Risk.Scoring;

namespace FireMap.Api.Risk.Runs;

/// <summary>
/// A compound's likelihood and consequence for display: its buildings' values combined the way the model
/// combines their scores, w × (mean over the buildings tied for the highest score) + (1 − w) × (mean over
/// all), w = <see cref="CompoundRule.MaxWeight"/>. Their product is not the compound's score (a weighted
/// mean of products is not a product of weighted means); the score and its contributions are what rank.
/// </summary>
internal static class CompoundSides
{
    /// <returns>Null sides for a compound without buildings, which the model scores as a notional one.</returns>
    public static (double? Likelihood, double? Consequence) Of(CompoundRiskScore compound, double maxWeight)
    {
        var buildings = compound.Buildings;
        if (buildings.Count == 0)
        {
            return (null, null);
        }

        double likelihood = 0, consequence = 0, topLikelihood = 0, topConsequence = 0;
        var tied = 0;
        foreach (var b in buildings)
        {
            likelihood += b.Likelihood;
            consequence += b.Consequence;
            if (b.Score == compound.MaxBuildingScore)
            {
                tied++;
                topLikelihood += b.Likelihood;
                topConsequence += b.Consequence;
            }
        }

        if (tied == 0)
        {
            return (likelihood / buildings.Count, consequence / buildings.Count);
        }

        return (
            (maxWeight * topLikelihood / tied) + ((1 - maxWeight) * likelihood / buildings.Count),
            (maxWeight * topConsequence / tied) + ((1 - maxWeight) * consequence / buildings.Count));
    }
}
