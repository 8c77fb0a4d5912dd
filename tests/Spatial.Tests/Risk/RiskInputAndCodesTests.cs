using FireMap.Spatial.Risk.Inputs;
using FireMap.Spatial.Risk.Model;
using FireMap.Spatial.Risk.Scoring;
using FireMap.Spatial.Vocabulary;

namespace FireMap.Spatial.Tests.Risk;

/// <summary>Codes, labels, what-if copies and refused inputs.</summary>
public sealed class RiskInputAndCodesTests
{
    private static readonly RiskScorer _scorer = new(TestModels.Simple);

    [Theory]
    [InlineData("ebike_indoor_charging", HazardCategory.EbikeIndoorCharging)]
    [InlineData("three_in_one", HazardCategory.ThreeInOne)]
    [InlineData("fire_lane_occupied", HazardCategory.FireLaneOccupied)]
    public void RiskCodes_parse_import_codes(string code, HazardCategory expected)
    {
        Assert.Equal(expected, RiskCodes.Parse<HazardCategory>(code));
        Assert.Equal(code, RiskCodes.ToCode(expected));
    }

    [Fact]
    public void RiskCodes_cover_every_import_place_category()
    {
        string[] categories = ["hotel", "restaurant", "market", "mall", "entertainment", "school", "hospital", "elderly_care", "epidemic_site",
            "cultural_heritage", "escape_room", "express_delivery", "logistics_warehouse", "clean_room_factory", "factory", "warehouse",
            "ebike_charging", "energy_storage", "group_rental", "three_in_one"];

        Assert.Equal(categories, RiskCodes.Codes<PlaceCategory>());
        Assert.False(RiskCodes.TryParse<PlaceCategory>("Hotel", out _));
        Assert.Throws<ArgumentException>(() => RiskCodes.Parse<FireSystemStatus>("broken"));
    }

    [Fact]
    public void RiskFactors_keys_unique_and_labelled()
    {
        Assert.Equal(RiskFactors.Count, RiskFactors.All.Select(f => f.Key()).Distinct().Count());
        Assert.All(RiskFactors.All, f => Assert.False(string.IsNullOrEmpty(f.ChineseName())));
        Assert.Equal("fire_lane_access", RiskFactor.FireLaneAccess.Key());
        Assert.Equal(RiskSide.Likelihood, RiskFactor.HolidayPeriod.Side());
        Assert.Equal(RiskSide.Consequence, RiskFactor.Occupants.Side());
    }

    [Theory]
    [InlineData(RiskLevel.Major, "重大风险", "red", "major")]
    [InlineData(RiskLevel.Significant, "较大风险", "orange", "significant")]
    [InlineData(RiskLevel.General, "一般风险", "yellow", "general")]
    [InlineData(RiskLevel.Low, "低风险", "blue", "low")]
    public void RiskLevels_four_colours(RiskLevel level, string chinese, string color, string key)
    {
        Assert.Equal(chinese, level.ChineseName());
        Assert.Equal(color, level.ColorName());
        Assert.Equal(key, level.Key());
    }

    [Fact]
    public void RiskWhatIf_close_hazards_and_clear_blockages_lower_score_and_leave_original()
    {
        var building = Inputs.Quiet() with { Hazards = [Inputs.Hazard(1, HazardSeverity.Major)] };
        var blockage = new BlockageInput { Id = 2, RemainingWidthMeters = 1, ReportedOn = TestModels.AsOf.AddDays(-1) };
        var compound = Inputs.Compound(building) with { FireLanes = [Inputs.Lane(5, blockage)] };

        var fixedUp = RiskWhatIf.ClearBlockages(RiskWhatIf.CloseHazards(compound, new HashSet<long> { 1 }, TestModels.AsOf), new HashSet<long> { 2 }, TestModels.AsOf);

        var (before, after) = (_scorer.Score(compound, TestModels.AsOf), _scorer.Score(fixedUp, TestModels.AsOf));
        Assert.True(after.Score < before.Score);
        Assert.Equal(_scorer.Score(Inputs.Compound(Inputs.Quiet()), TestModels.AsOf).Score, after.Score);
        Assert.Null(compound.Buildings[0].Hazards[0].ClosedOn);
    }

    [Fact]
    public void Score_bad_rows_refused_naming_the_row()
    {
        var error = Assert.Throws<ArgumentException>(() => _scorer.Score(Inputs.Compound(Inputs.Quiet() with { Id = 42, HeightMeters = -3 }), TestModels.AsOf));
        Assert.Contains("building 42", error.Message, StringComparison.Ordinal);

        Assert.Throws<ArgumentException>(() => _scorer.Score(Inputs.Compound(Inputs.Quiet(), Inputs.Quiet()), TestModels.AsOf));
        Assert.Throws<ArgumentException>(() => _scorer.Score(Inputs.Compound(Inputs.Quiet() with { Occupants = -1 }), TestModels.AsOf));
        Assert.Throws<ArgumentException>(() => _scorer.Score(Inputs.Compound() with { FireLanes = [Inputs.Lane(0)] }, TestModels.AsOf));
        Assert.Throws<ArgumentException>(() => _scorer.Score(Inputs.Compound(Inputs.Quiet() with { MicroStationMeters = double.NaN }), TestModels.AsOf));
    }

    [Fact]
    public void ScoreBuilding_without_compound_has_no_compound_factors()
    {
        var result = _scorer.ScoreBuilding(Inputs.Quiet(), null, TestModels.AsOf);

        Assert.Equal(0, result.Contributions[(int)RiskFactor.FireLaneAccess].Points);
        Assert.Equal(0, result.Contributions[(int)RiskFactor.NoPropertyManagement].Points);
        Assert.Equal(TestModels.AsOf, result.AsOf);
    }
}
