using FireMap.Spatial.Risk.Inputs;
using FireMap.Spatial.Risk.Model;
using FireMap.Spatial.Risk.Scoring;

namespace FireMap.Spatial.Tests.Risk;

/// <summary>
/// A worked example under the shipped model v1: an 18 m residential block built 1985 in an old compound
/// without property management. If this test fails after editing <c>model-v1.json</c>, the edit needs a
/// new version number (stored scores would otherwise change under the old one).
/// </summary>
public sealed class ShippedModelExampleTests
{
    [Fact]
    public void Score_old_unmanaged_block_under_v1()
    {
        // Likelihood points: baseline 3; age 41 y: (41 − 10) × 0.2 = 6.2; absent in a low-rise: alarm 1.5, smoke
        // control 0.5, sprinkler 1; hydrant fault 4; no property management 6; old compound 3; an open general
        // e-bike charging hazard 3. S_L = 28.2, L = 1 − e^(−28.2/30) = 0.609372.
        // Consequence points: baseline 3; 120 occupants 3.6; lane 3.5 m: (4 − 3.5) × 4 = 2; fire station
        // 1000 m × 1.3 = 1300 m within 2000 m: 0; micro station 600 m × 1.3 = 780 m, 280 m beyond 500 m: 0.28 × 6 = 1.68.
        // S_C = 10.28, C = 1 − e^(−10.28/30) = 0.290125. Score = 100 × L × C = 17.679422: 低 (below 20).
        var building = new BuildingRiskInput
        {
            Id = 1,
            Use = BuildingUse.Residential,
            HeightMeters = 18,
            BuiltYear = 1985,
            Alarm = FireSystemStatus.Absent,
            SmokeControl = FireSystemStatus.Absent,
            Sprinkler = FireSystemStatus.Absent,
            Hydrant = FireSystemStatus.Fault,
            Occupants = 120,
            FireStationMeters = 1000,
            MicroStationMeters = 600,
            Hazards = [Inputs.Hazard(1, HazardSeverity.General, HazardCategory.EbikeIndoorCharging)],
        };
        var compound = new CompoundRiskInput
        {
            Id = 9,
            HasPropertyManagement = false,
            IsOld = true,
            FireLanes = [Inputs.Lane(3.5) with { ClearHeightMeters = 4.5 }],
            Buildings = [building],
        };

        var result = RiskScorer.Score(TestModels.Shipped, compound, TestModels.AsOf);
        var only = Assert.Single(result.Buildings);

        Assert.Equal(0.6093721646414789, only.Likelihood, 1e-9);
        Assert.Equal(0.29012520294054533, only.Consequence, 1e-9);
        Assert.Equal(17.67942229329285, only.Score, 1e-9);
        Assert.Equal(only.Score, result.Score, 1e-9);
        Assert.Equal(RiskLevel.Low, result.Level);
        Assert.Equal(2.437174128445061, only.Contributions[(int)RiskFactor.BuildingAge].Score, 1e-9);
        Assert.Equal(2.3585556081726398, only.Contributions[(int)RiskFactor.NoPropertyManagement].Score, 1e-9);
        Assert.Equal(1.5848993165449592, only.Contributions[(int)RiskFactor.MicroStationDistance].Score, 1e-9);
        Assert.Equal("v1", result.ModelVersion);
    }
}
