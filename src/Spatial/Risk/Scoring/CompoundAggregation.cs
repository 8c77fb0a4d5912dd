using FireMap.Spatial.Risk.Inputs;

namespace FireMap.Spatial.Risk.Scoring;

// Compound score = w·max + (1 − w)·mean of building scores, attributed factor by factor the same way
// (a linear combination of exact attributions is exact). Sums run in fixed point (1e-12 units, 128-bit),
// which makes them associative: the result is bit-identical for buildings in any order, and rounding to
// fixed point is monotone, so a rising building score can never lower the compound's.
internal static class CompoundAggregation
{
    private const double Unit = 1e12;

    public static CompoundRiskScore Combine(CompiledRiskModel model, long compoundId, IReadOnlyList<BuildingRiskScore> buildings, BuildingRiskScore? notional, DateOnly asOf)
    {
        var parts = buildings.Count > 0 ? buildings : [notional!];
        var n = RiskFactors.Count;
        var max = double.NegativeInfinity;
        for (var i = 0; i < parts.Count; i++)
        {
            max = Math.Max(max, parts[i].Score);
        }

        Span<Int128> sums = stackalloc Int128[4 * n];
        var meanScores = sums[..n];
        var meanPoints = sums[n..(2 * n)];
        var maxScores = sums[(2 * n)..(3 * n)];
        var maxPoints = sums[(3 * n)..];
        Int128 total = 0;
        var tied = 0;
        for (var i = 0; i < parts.Count; i++)
        {
            var part = parts[i];
            total += Fixed(part.Score);
            var atMax = part.Score == max;
            tied += atMax ? 1 : 0;
            for (var f = 0; f < n; f++)
            {
                var c = part.Contributions[f];
                var (score, points) = (Fixed(c.Score), Fixed(c.Points));
                meanScores[f] += score;
                meanPoints[f] += points;
                if (atMax)
                {
                    // Buildings tied for the maximum share its weight, so no arbitrary pick decides the explanation.
                    maxScores[f] += score;
                    maxPoints[f] += points;
                }
            }
        }

        var w = model.Model.Compound.MaxWeight;
        var mean = Float(total) / parts.Count;
        var compoundScore = Math.Min(100, (w * max) + ((1 - w) * mean));
        var contributions = new RiskContribution[n];
        for (var f = 0; f < n; f++)
        {
            contributions[f] = new(
                (RiskFactor)f,
                (w * Float(maxPoints[f]) / tied) + ((1 - w) * Float(meanPoints[f]) / parts.Count),
                (w * Float(maxScores[f]) / tied) + ((1 - w) * Float(meanScores[f]) / parts.Count),
                SlowestRoute(parts, f));
        }

        return new CompoundRiskScore
        {
            CompoundId = compoundId,
            Score = compoundScore,
            Level = model.Model.Levels.LevelOf(compoundScore),
            MaxBuildingScore = max,
            MeanBuildingScore = mean,
            Contributions = contributions,
            Buildings = buildings,
            ModelVersion = model.Model.Version,
            AsOf = asOf,
        };
    }

    // The compound's route is its slowest building's: the one the 1-3-5 time is hardest to keep for. Ties go to
    // the station name first in ordinal order, so the order of the buildings never changes the pick.
    private static StationRoute? SlowestRoute(IReadOnlyList<BuildingRiskScore> parts, int factor)
    {
        StationRoute? slowest = null;
        for (var i = 0; i < parts.Count; i++)
        {
            if (parts[i].Contributions[factor].Route is { } route
                && (slowest is null || route.Seconds > slowest.Seconds
                    || (route.Seconds == slowest.Seconds && string.CompareOrdinal(route.StationName, slowest.StationName) < 0)))
            {
                slowest = route;
            }
        }

        return slowest;
    }

    private static Int128 Fixed(double value) => (Int128)Math.Round(value * Unit);

    private static double Float(Int128 value) => (double)value / Unit;
}
