using FireMap.Spatial.Risk.Inputs;

namespace FireMap.Spatial.Risk.Scoring;

// Turns factor points into a score and splits it exactly among the factors.
//
// Score = 100 · L · C with L = 1 − exp(−S_L/k_L), C = 1 − exp(−S_C/k_C). The reference building has only
// the baseline points, so L0, C0. Writing L = L0 + ΔL and C = C0 + ΔC,
//     L·C = L0·C0 + ΔL·(C0 + C)/2 + ΔC·(L0 + L)/2
// (expand both sides: each equals L0·C0 + ΔL·C0 + ΔC·L0 + ΔL·ΔC). This is the Shapley split between
// the two sides measured from the reference building: likelihood gets its own rise valued at the mean
// consequence with and without the consequence rise, and vice versa. Inside a side, ΔL is shared in
// proportion to each factor's points, since every point moves S_L alike. All shares are ≥ 0.
internal static class RiskAttribution
{
    public static BuildingRiskScore Score(CompiledRiskModel model, long buildingId, Span<double> points, double holidayFactor, DateOnly asOf,
        StationRoute? fireRoute = null, StationRoute? microRoute = null)
    {
        var likelihoodSum = model.L.BaselinePoints;
        var consequenceSum = model.C.BaselinePoints;
        for (var f = (int)RiskFactor.OpenHazards; f < (int)RiskFactor.HolidayPeriod; f++)
        {
            likelihoodSum += points[f];
        }

        for (var f = (int)RiskFactor.Occupants; f < points.Length; f++)
        {
            consequenceSum += points[f];
        }

        // The holiday factor scales all likelihood points: 1 − (1 − L)^h, as if the period held h ordinary ones.
        var raised = likelihoodSum * holidayFactor;
        points[(int)RiskFactor.HolidayPeriod] = raised - likelihoodSum;

        var (l0, c0) = (model.BaselineLikelihood, model.BaselineConsequence);
        var l = CompiledRiskModel.Saturate(raised, model.L.ScalePoints);
        var c = CompiledRiskModel.Saturate(consequenceSum, model.C.ScalePoints);
        var score = 100 * l * c;

        var likelihoodRise = raised - model.L.BaselinePoints;
        var consequenceRise = consequenceSum - model.C.BaselinePoints;
        var perLikelihoodPoint = likelihoodRise > 0 ? 100 * (l - l0) * (c0 + c) / 2 / likelihoodRise : 0;
        var perConsequencePoint = consequenceRise > 0 ? 100 * (c - c0) * (l0 + l) / 2 / consequenceRise : 0;

        var contributions = new RiskContribution[points.Length];
        contributions[0] = new(RiskFactor.Baseline, 0, 100 * l0 * c0);
        for (var f = 1; f < points.Length; f++)
        {
            var perPoint = f < (int)RiskFactor.Occupants ? perLikelihoodPoint : perConsequencePoint;
            contributions[f] = new((RiskFactor)f, points[f], perPoint * points[f]);
        }

        contributions[(int)RiskFactor.FireStationDistance] = contributions[(int)RiskFactor.FireStationDistance] with { Route = fireRoute };
        contributions[(int)RiskFactor.MicroStationDistance] = contributions[(int)RiskFactor.MicroStationDistance] with { Route = microRoute };

        return new BuildingRiskScore
        {
            BuildingId = buildingId,
            Score = score,
            Level = model.Model.Levels.LevelOf(score),
            Likelihood = l,
            Consequence = c,
            Contributions = contributions,
            ModelVersion = model.Model.Version,
            AsOf = asOf,
        };
    }
}
