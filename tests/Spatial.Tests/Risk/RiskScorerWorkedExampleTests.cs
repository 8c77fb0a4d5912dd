using FireMap.Spatial.Risk.Inputs;
using FireMap.Spatial.Risk.Model;
using FireMap.Spatial.Risk.Scoring;

namespace FireMap.Spatial.Tests.Risk;

/// <summary>
/// Worked examples with expected values computed by hand (the derivation is in each test), under the
/// round-number test model: L = 1 − e^(−S_L/10), C = 1 − e^(−S_C/10), baselines 2, so the reference
/// building has L0 = C0 = 1 − e^−0.2 = 0.181269…
/// </summary>
public sealed class RiskScorerWorkedExampleTests
{
    private const double Tolerance = 1e-9;
    private static readonly RiskScorer _scorer = new(TestModels.Simple);

    [Fact]
    public void ScoreBuilding_reference_building_is_baseline_only()
    {
        // 100 × (1 − e^−0.2)² = 3.28585…; all of it is the baseline's.
        var result = _scorer.ScoreBuilding(Inputs.Quiet(), Inputs.Compound(), TestModels.AsOf);

        Assert.Equal(3.2858539879675597, result.Score, Tolerance);
        Assert.Equal(result.Score, result.Contributions[(int)RiskFactor.Baseline].Score, Tolerance);
        Assert.Equal(RiskLevel.Low, result.Level);
    }

    [Fact]
    public void ScoreBuilding_overdue_supervised_major_hazard_and_blocked_lane_splits_exactly()
    {
        // Likelihood: a major hazard (5), overdue (× 2: 5 more), supervised (3): S_L = 2 + 13 = 15, L = 1 − e^−1.5 = 0.776870.
        // Consequence: 200 occupants (2); lane 3 m with a blockage leaving 2.5 m: (4 − 2.5) × 2 + 1 blockage = 4;
        // S_C = 2 + 6 = 8, C = 1 − e^−0.8 = 0.550671. Score = 100 × L × C = 42.77997.
        // Likelihood shares: 100 × (L − L0) × (C0 + C)/2 per 13 points = 1.676708 per point; consequence
        // shares: 100 × (C − C0) × (L0 + L)/2 per 6 points = 2.949486 per point.
        var building = Inputs.Quiet() with
        {
            Occupants = 200,
            Hazards = [Inputs.Hazard(1, HazardSeverity.Major, deadlineInDays: -1, supervised: true)],
        };
        var compound = Inputs.Compound() with { FireLanes = [Inputs.Lane(3, Active(2.5))] };

        var result = _scorer.ScoreBuilding(building, compound, TestModels.AsOf);

        Assert.Equal(0.7768698398515702, result.Likelihood, Tolerance);
        Assert.Equal(0.5506710358827784, result.Consequence, Tolerance);
        Assert.Equal(42.77997194571524, result.Score, Tolerance);
        Assert.Equal(RiskLevel.Major, result.Level);
        AssertShare(result, RiskFactor.Baseline, 3.2858539879675597);
        AssertShare(result, RiskFactor.OpenHazards, 8.383539738991555);
        AssertShare(result, RiskFactor.OverdueHazards, 8.383539738991555);
        AssertShare(result, RiskFactor.SupervisedHazards, 5.030123843394932);
        AssertShare(result, RiskFactor.Occupants, 5.898971545456544);
        AssertShare(result, RiskFactor.FireLaneAccess, 11.797943090913089);
    }

    [Fact]
    public void ScoreBuilding_holiday_period_multiplies_likelihood_points()
    {
        // The same building on 2027-02-10, inside the test holiday (factor 1.5): S_L = 15 × 1.5 = 22.5, of which
        // 7.5 are the holiday's. Score = 100 × (1 − e^−2.25) × (1 − e^−0.8) = 49.26307.
        var building = Inputs.Quiet() with
        {
            Occupants = 200,
            Hazards = [Inputs.Hazard(1, HazardSeverity.Major, deadlineInDays: -1, supervised: true)],
        };
        var compound = Inputs.Compound() with { FireLanes = [Inputs.Lane(3, Active(2.5))] };

        var result = _scorer.ScoreBuilding(building, compound, new DateOnly(2027, 2, 10));

        Assert.Equal(49.2630735712055, result.Score, Tolerance);
        Assert.Equal(7.5, result.Contributions[(int)RiskFactor.HolidayPeriod].Points, Tolerance);
        AssertShare(result, RiskFactor.HolidayPeriod, 9.550903915530453);
        AssertShare(result, RiskFactor.OpenHazards, 6.367269277020302);
    }

    [Fact]
    public void Score_compound_is_half_max_half_mean()
    {
        // A: the reference building, 3.285854. B: a major overdue supervised hazard (S_L = 15) and 200
        // occupants (S_C = 4): 100 × (1 − e^−1.5) × (1 − e^−0.4) = 25.611841.
        // Compound = 0.5 × 25.611841 + 0.5 × (3.285854 + 25.611841) / 2 = 20.030344.
        var b = Inputs.Quiet(2) with { Occupants = 200, Hazards = [Inputs.Hazard(1, HazardSeverity.Major, deadlineInDays: -1, supervised: true)] };

        var result = _scorer.Score(Inputs.Compound(Inputs.Quiet(1), b), TestModels.AsOf);

        Assert.Equal(25.611841303856593, result.MaxBuildingScore, Tolerance);
        Assert.Equal(20.030344474884334, result.Score, Tolerance);
        Assert.Equal(RiskLevel.General, result.Level);
        Assert.Equal(result.Score, result.Contributions.Sum(c => c.Score), Tolerance);
    }

    [Fact]
    public void Score_compound_without_buildings_scores_compound_factors_only()
    {
        // No property management (3), old (1), year unknown (2): S_L = 2 + 6 = 8; no lane recorded (1): S_C = 3.
        // 100 × (1 − e^−0.8) × (1 − e^−0.3) = 14.27239.
        var compound = new CompoundRiskInput { Id = 7, HasPropertyManagement = false, IsOld = true };

        var result = _scorer.Score(compound, TestModels.AsOf);

        Assert.Empty(result.Buildings);
        Assert.Equal(14.27238988991401, result.Score, Tolerance);
        Assert.Equal(3, result.Contributions[(int)RiskFactor.NoPropertyManagement].Points, Tolerance);
    }

    [Fact]
    public void Score_buildings_tied_for_max_share_its_weight()
    {
        // Both buildings have 2 likelihood points: one from a general hazard, one from changed use.
        var hazard = Inputs.Quiet(1) with { Hazards = [Inputs.Hazard(1, HazardSeverity.General)] };
        var changed = Inputs.Quiet(2) with { ChangedUse = true };

        var result = _scorer.Score(Inputs.Compound(hazard, changed), TestModels.AsOf);

        Assert.Equal(result.Buildings[0].Score, result.Buildings[1].Score);
        Assert.Equal(result.Contributions[(int)RiskFactor.OpenHazards], result.Contributions[(int)RiskFactor.MixedOrChangedUse] with { Factor = RiskFactor.OpenHazards });
    }

    private static BlockageInput Active(double remaining) =>
        new() { Id = 300, RemainingWidthMeters = remaining, ReportedOn = TestModels.AsOf.AddDays(-3) };

    private static void AssertShare(BuildingRiskScore result, RiskFactor factor, double expected) =>
        Assert.Equal(expected, result.Contributions[(int)factor].Score, Tolerance);
}
