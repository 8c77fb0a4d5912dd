using FireMap.Spatial.Risk.Inputs;
using FireMap.Spatial.Risk.Model;
using FireMap.Spatial.Risk.Scoring;

namespace FireMap.Spatial.Tests.Risk;

/// <summary>
/// Model v2 reads the routed minutes from the fastest station of each kind (turnout + routed time against the
/// 1-3-5 response time), explains them ("5.8 min by road from …"), and v1 stays as it was: it never reads a route.
/// </summary>
public sealed class RoutedStationFactorTests
{
    private static readonly StationRoute _fire = new("八桥消防救援站", 210);
    private static readonly StationRoute _micro = new("大堰微型消防站", 180);

    [Fact]
    public void Score_old_unmanaged_block_under_v2_reads_routed_minutes()
    {
        // As ShippedModelExampleTests under v1, with routes instead of straight lines: fire station 1 + 3.5 min
        // within 5: 0; micro station 1 + 3.0 min, 1 min beyond 3: 1.5 points. S_C = 3 + 3.6 + 2 + 0 + 1.5 = 10.1,
        // C = 1 − e^(−10.1/30) = 0.285853; L as under v1, 0.609372. Score = 17.419095.
        var result = RiskScorer.Score(TestModels.Routed, OldBlock(), TestModels.AsOf);
        var only = Assert.Single(result.Buildings);

        Assert.Equal("v2", result.ModelVersion);
        Assert.Equal(0.6093721646414789, only.Likelihood, 1e-9);
        Assert.Equal(0.2858531508179696, only.Consequence, 1e-9);
        Assert.Equal(17.419095328353325, only.Score, 1e-9);
        var micro = only.Contributions[(int)RiskFactor.MicroStationDistance];
        Assert.Equal(1.5, micro.Points, 1e-12);
        Assert.Equal(1.4191704043052673, micro.Score, 1e-9);
        Assert.Equal("距大堰微型消防站车程 3.0 分钟", micro.ChineseExplanation);
        Assert.Equal("3.0 min by road from 大堰微型消防站", micro.EnglishExplanation);
        Assert.Equal("3.5 min by road from 八桥消防救援站", only.Contributions[(int)RiskFactor.FireStationDistance].EnglishExplanation);
        Assert.Equal(0, only.Contributions[(int)RiskFactor.FireStationDistance].Points);
    }

    [Fact]
    public void A_slower_route_raises_the_factor_until_its_cap_and_no_route_is_the_cap()
    {
        var model = TestModels.Routed;
        double Points(StationRoute? route) => RiskScorer.ScoreBuilding(model, Inputs.Quiet() with { MicroStationRoute = route, FireStationRoute = _fire }, null, TestModels.AsOf)
            .Contributions[(int)RiskFactor.MicroStationDistance].Points;

        Assert.Equal(0, Points(new StationRoute("a", 60)));
        Assert.Equal(1.5 * 2.8, Points(new StationRoute("a", 4.8 * 60)), 1e-9);
        Assert.Equal(6, Points(new StationRoute("a", 30 * 60)));
        Assert.Equal(6, Points(null));
        Assert.True(Points(new StationRoute("a", 300)) > Points(new StationRoute("a", 240)));
    }

    [Fact]
    public void V1_never_reads_a_route()
    {
        var without = RiskScorer.Score(TestModels.Shipped, OldBlock(routes: false), TestModels.AsOf);
        var with = RiskScorer.Score(TestModels.Shipped, OldBlock(), TestModels.AsOf);
        var farther = RiskScorer.Score(TestModels.Shipped, OldBlock() with
        {
            Buildings = [OldBlock().Buildings[0] with { MicroStationRoute = new StationRoute("远", 3600), FireStationRoute = null }],
        }, TestModels.AsOf);

        Assert.Equal(without.Score, with.Score);
        Assert.Equal(without.Score, farther.Score);
        Assert.Equal(without.Contributions, with.Contributions);
        Assert.All(with.Buildings[0].Contributions, c => Assert.Null(c.Route));
    }

    [Fact]
    public void A_compound_explains_its_slowest_building_whatever_the_order()
    {
        var near = Inputs.Quiet(1) with { MicroStationRoute = new StationRoute("甲站", 100), FireStationRoute = _fire };
        var far = Inputs.Quiet(2) with { MicroStationRoute = new StationRoute("乙站", 400), FireStationRoute = _fire };
        var tie = Inputs.Quiet(3) with { MicroStationRoute = new StationRoute("丙站", 400), FireStationRoute = _fire };

        var forward = RiskScorer.Score(TestModels.Routed, Inputs.Compound(near, far, tie), TestModels.AsOf);
        var backward = RiskScorer.Score(TestModels.Routed, Inputs.Compound(tie, far, near), TestModels.AsOf);

        Assert.Equal(new StationRoute("丙站", 400), forward.Contributions[(int)RiskFactor.MicroStationDistance].Route);
        Assert.Equal(forward.Contributions, backward.Contributions);
    }

    [Fact]
    public void Model_checks_refuse_an_unknown_measure_and_weights_of_the_other_measure()
    {
        var json = File.ReadAllText(Path.Combine(Path.GetDirectoryName(TestModels.ShippedPath)!, "model-v2.json"));

        var unknown = Assert.Throws<RiskModelException>(() => RiskModel.Parse(json.Replace("\"measure\": \"routed_time\", \"turnout_minutes\": 1, \"points_per_minute_beyond\": 2",
            "\"measure\": \"by_crow\", \"turnout_minutes\": 1, \"points_per_minute_beyond\": 2", StringComparison.Ordinal)));
        var mixed = Assert.Throws<RiskModelException>(() => RiskModel.Parse(json.Replace("\"points_per_minute_beyond\": 2,",
            "\"points_per_minute_beyond\": 2, \"detour_factor\": 1.3,", StringComparison.Ordinal)));

        Assert.Contains("consequence.fire_station_distance.measure must be straight_line or routed_time, was by_crow", unknown.Message, StringComparison.Ordinal);
        Assert.Contains("consequence.fire_station_distance.detour_factor does not apply to the routed_time measure", mixed.Message, StringComparison.Ordinal);
    }

    private static CompoundRiskInput OldBlock(bool routes = true) => new()
    {
        Id = 9,
        HasPropertyManagement = false,
        IsOld = true,
        FireLanes = [Inputs.Lane(3.5) with { ClearHeightMeters = 4.5 }],
        Buildings =
        [
            new BuildingRiskInput
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
                FireStationRoute = routes ? _fire : null,
                MicroStationRoute = routes ? _micro : null,
                Hazards = [Inputs.Hazard(1, HazardSeverity.General, HazardCategory.EbikeIndoorCharging)],
            },
        ],
    };
}
