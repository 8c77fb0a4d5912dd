using FireMap.Spatial.Risk.Inputs;
using FireMap.Spatial.Risk.Scoring;

namespace FireMap.Spatial.Tests.Risk;

/// <summary>Each factor's points under the round-number test model, worked out by hand.</summary>
public sealed class FactorPointsTests
{
    private const double Tolerance = 1e-9;
    private static readonly RiskScorer _scorer = new(TestModels.Simple);

    [Theory]
    [InlineData(BuildingUse.Residential, 27.0, 0.0)]   // GB 50016: not above 27 m, not high-rise
    [InlineData(BuildingUse.Residential, 30.0, 2.3)]   // 2 + 0.1 × (30 − 27)
    [InlineData(BuildingUse.Commercial, 25.0, 2.1)]    // 2 + 0.1 × (25 − 24)
    [InlineData(BuildingUse.Mixed, 24.0, 0.0)]
    public void Height_steps_at_gb50016_threshold(BuildingUse use, double height, double expected) =>
        Assert.Equal(expected, Points(Inputs.Quiet() with { Use = use, HeightMeters = height }, RiskFactor.Height), Tolerance);

    [Theory]
    [InlineData(1990, 2.6)]  // age 36: (36 − 10) × 0.1
    [InlineData(2020, 0.0)]  // within the 10 grace years
    [InlineData(1900, 5.0)]  // capped
    public void BuildingAge_grows_after_grace_years(int year, double expected) =>
        Assert.Equal(expected, Points(Inputs.Quiet() with { BuiltYear = year }, RiskFactor.BuildingAge), Tolerance);

    [Fact]
    public void BuildingAge_unknown_year_uses_compound_year_then_unknown_points()
    {
        var unknown = Inputs.Quiet() with { BuiltYear = null };
        Assert.Equal(2.6, Points(unknown, RiskFactor.BuildingAge, Inputs.Compound() with { BuiltYear = 1990 }), Tolerance);
        Assert.Equal(2.0, Points(unknown, RiskFactor.BuildingAge), Tolerance);
    }

    [Fact]
    public void NearbyIncidents_decay_linearly_within_radius_and_window()
    {
        // 10 days ago at 50 m: 10 × (100 − 10)/100 = 9. Beyond 100 m, 100 days old, or in the future: nothing.
        var building = Inputs.Quiet() with
        {
            Incidents =
            [
                new IncidentInput { Id = 1, OccurredOn = TestModels.AsOf.AddDays(-10), DistanceMeters = 50 },
                new IncidentInput { Id = 2, OccurredOn = TestModels.AsOf.AddDays(-10), DistanceMeters = 150 },
                new IncidentInput { Id = 3, OccurredOn = TestModels.AsOf.AddDays(-100), DistanceMeters = 0 },
                new IncidentInput { Id = 4, OccurredOn = TestModels.AsOf.AddDays(1), DistanceMeters = 0 },
            ],
        };

        Assert.Equal(9, Points(building, RiskFactor.NearbyIncidents), Tolerance);
    }

    [Fact]
    public void FireLaneAccess_narrowest_usable_width_height_and_active_blockages()
    {
        // Lane 1: 5 m, blockage leaving 3 m (active). Lane 2: 3.5 m, 3.8 m high, its blockage cleared.
        // Narrowest usable 3 m: (4 − 3) × 2 = 2; lowest 3.8 m: 0.2 × 1 = 0.2; one active blockage: 1. Total 3.2.
        var compound = Inputs.Compound() with
        {
            FireLanes =
            [
                Inputs.Lane(5, new BlockageInput { Id = 1, RemainingWidthMeters = 3, ReportedOn = TestModels.AsOf.AddDays(-2) }),
                Inputs.Lane(3.5, new BlockageInput { Id = 2, RemainingWidthMeters = 0, ReportedOn = TestModels.AsOf.AddDays(-9), ClearedOn = TestModels.AsOf.AddDays(-1) })
                    with { ClearHeightMeters = 3.8 },
            ],
        };

        Assert.Equal(3.2, Points(Inputs.Quiet(), RiskFactor.FireLaneAccess, compound), Tolerance);
    }

    [Fact]
    public void StationDistance_counts_kilometres_beyond_1_3_5_reach()
    {
        // Fire station reach 30 km/h × (5 − 1) min = 2000 m: 2500 m is 0.5 km beyond × 1. Micro station
        // reach 15 km/h × (3 − 1) min = 500 m: 800 m is 0.3 km beyond × 2. Unknown: the cap.
        var building = Inputs.Quiet() with { FireStationMeters = 2500, MicroStationMeters = 800 };
        Assert.Equal(0.5, Points(building, RiskFactor.FireStationDistance), Tolerance);
        Assert.Equal(0.6, Points(building, RiskFactor.MicroStationDistance), Tolerance);
        Assert.Equal(100, Points(building with { MicroStationMeters = null }, RiskFactor.MicroStationDistance), Tolerance);
    }

    [Fact]
    public void Hazards_route_by_category_and_count_only_open_ones()
    {
        var building = Inputs.Quiet() with
        {
            Hazards =
            [
                Inputs.Hazard(1, HazardSeverity.General, HazardCategory.EbikeIndoorCharging),
                Inputs.Hazard(2, HazardSeverity.Major, HazardCategory.ThreeInOne),
                Inputs.Hazard(3, HazardSeverity.Major) with { ClosedOn = TestModels.AsOf },
                Inputs.Hazard(4, HazardSeverity.Major) with { FoundOn = TestModels.AsOf.AddDays(1), Deadline = TestModels.AsOf.AddDays(9) },
            ],
            Places = [new PlaceInput { Id = 5, Category = PlaceCategory.EbikeCharging }, new PlaceInput { Id = 6, Category = PlaceCategory.Hotel, Capacity = 250 }],
        };

        Assert.Equal(2 + 2, Points(building, RiskFactor.EbikeElectrical), Tolerance);
        Assert.Equal(5, Points(building, RiskFactor.GroupRentalThreeInOne), Tolerance);
        Assert.Equal(0, Points(building, RiskFactor.OpenHazards), Tolerance);
        Assert.Equal(2.5, Points(building, RiskFactor.GatheringCapacity), Tolerance);
    }

    [Fact]
    public void Systems_absence_weighs_more_in_high_rise()
    {
        var low = Inputs.Quiet() with { Sprinkler = FireSystemStatus.Absent, Alarm = FireSystemStatus.Fault };
        Assert.Equal(1, Points(low, RiskFactor.SprinklerSystem), Tolerance);
        Assert.Equal(4, Points(low with { HeightMeters = 50 }, RiskFactor.SprinklerSystem), Tolerance);
        Assert.Equal(4, Points(low, RiskFactor.AlarmSystem), Tolerance);
    }

    private static double Points(BuildingRiskInput building, RiskFactor factor, CompoundRiskInput? compound = null) =>
        _scorer.ScoreBuilding(building, compound ?? Inputs.Compound(), TestModels.AsOf).Contributions[(int)factor].Points;
}
