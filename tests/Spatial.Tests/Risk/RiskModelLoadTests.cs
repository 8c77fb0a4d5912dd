using FireMap.Spatial.Risk.Model;
using FireMap.Spatial.Risk.Scoring;

namespace FireMap.Spatial.Tests.Risk;

/// <summary>Loading and checking model files: the shipped one is usable, broken ones say exactly what is wrong.</summary>
public sealed class RiskModelLoadTests
{
    [Fact]
    public void Load_shipped_model_is_usable()
    {
        var model = RiskModel.Load(TestModels.ShippedPath);

        Assert.Equal("v1", model.Version);
        Assert.Empty(model.FindProblems());
        Assert.NotEmpty(model.HolidayPeriods);
    }

    [Theory]
    [InlineData("\"general_points\": 2,", "\"general_points\": -2,", "likelihood.open_hazards.general_points must be a number ≥ 0, was -2")]
    [InlineData("\"major\": 40,", "\"major\": 25,", "levels must satisfy major > significant > general > 0")]
    [InlineData("\"factor\": 1.5", "\"factor\": 0.9", "holiday_periods[0].factor must be a number ≥ 1, was 0.9")]
    [InlineData("\"to\": \"2027-02-20\"", "\"to\": \"2027-01-20\"", "holiday_periods[0] (test holiday): to (2027-01-20) is before from (2027-02-05)")]
    [InlineData("\"energy_storage\": 5", "\"energy_store\": 5", "likelihood.occupancy_hazard.place_category_points.energy_store is not a PlaceCategory code")]
    [InlineData("\"energy_storage\": 5", "\"ebike_charging\": 5", "ebike_charging is scored by a factor of its own")]
    [InlineData("\"categories\": [\"hotel\", \"school\"]", "\"categories\": [\"hotel\", \"pub\"]", "'pub' is not a place category")]
    [InlineData("\"multiplier\": 2,", "\"multiplier\": 0.5,", "likelihood.overdue_hazards.multiplier must be a number ≥ 1, was 0.5")]
    [InlineData("\"turnout_minutes\": 1, \"speed_kmh\": 15", "\"turnout_minutes\": 3, \"speed_kmh\": 15", "micro_station_distance.turnout_minutes must be below the 3-minute response time")]
    [InlineData("\"max_weight\": 0.5", "\"max_weight\": 1.5", "compound.max_weight must be between 0 and 1, was 1.5")]
    [InlineData("\"scale_points\": 10,\n    \"occupants\"", "\"scale_points\": 0,\n    \"occupants\"", "consequence.scale_points must be a number > 0, was 0")]
    public void Parse_rule_broken_names_path_and_value(string find, string replace, string expected)
    {
        var json = TestModels.SimpleJson.Replace("\r\n", "\n", StringComparison.Ordinal);
        Assert.Contains(find, json, StringComparison.Ordinal);

        var error = Assert.Throws<RiskModelException>(() => RiskModel.Parse(json.Replace(find, replace, StringComparison.Ordinal), "broken.json"));

        Assert.Contains(error.Problems, p => p.Contains(expected, StringComparison.Ordinal));
        Assert.StartsWith("risk model broken.json is not usable", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_several_problems_reported_together()
    {
        var json = TestModels.SimpleJson.Replace("\"points_each\": 3,", "\"points_each\": -3,", StringComparison.Ordinal)
            .Replace("\"old_compound_points\": 1,", "\"old_compound_points\": -1,", StringComparison.Ordinal);

        var error = Assert.Throws<RiskModelException>(() => RiskModel.Parse(json));

        Assert.Equal(2, error.Problems.Count);
    }

    [Fact]
    public void Parse_unknown_key_refused_with_its_path()
    {
        // A misspelt weight must not silently fall back to a default.
        var json = TestModels.SimpleJson.Replace("\"old_compound_points\"", "\"old_compund_points\"", StringComparison.Ordinal);

        var error = Assert.Throws<RiskModelException>(() => RiskModel.Parse(json));

        Assert.Contains("old_compund_points", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_missing_key_refused()
    {
        var json = TestModels.SimpleJson.Replace("\"old_compound_points\": 1,", "", StringComparison.Ordinal);

        var error = Assert.Throws<RiskModelException>(() => RiskModel.Parse(json));

        Assert.Contains("old_compound_points", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_null_section_refused()
    {
        var json = TestModels.SimpleJson.Replace("\"compound\": { \"max_weight\": 0.5 }", "\"compound\": null", StringComparison.Ordinal);

        Assert.Throws<RiskModelException>(() => RiskModel.Parse(json));
    }

    [Fact]
    public void Load_missing_file_refused_with_path()
    {
        var error = Assert.Throws<RiskModelException>(() => RiskModel.Load("/nonexistent/model.json"));

        Assert.Equal("/nonexistent/model.json", error.ModelSource);
    }

    [Fact]
    public void Scorer_model_built_in_code_checked()
    {
        var bad = TestModels.Simple with { Levels = new LevelThresholds { Major = 10, Significant = 20, General = 30 } };

        Assert.Throws<RiskModelException>(() => new RiskScorer(bad));
    }

    [Fact]
    public void HolidayFactorOn_overlapping_periods_take_largest()
    {
        var model = TestModels.Simple with
        {
            HolidayPeriods =
            [
                new HolidayPeriod { Name = "a", From = new(2027, 2, 1), To = new(2027, 2, 10), Factor = 1.2 },
                new HolidayPeriod { Name = "b", From = new(2027, 2, 5), To = new(2027, 2, 6), Factor = 1.4 },
            ],
        };

        Assert.Equal(1.4, model.HolidayFactorOn(new(2027, 2, 5)));
        Assert.Equal(1.2, model.HolidayFactorOn(new(2027, 2, 10)));
        Assert.Equal(1.0, model.HolidayFactorOn(new(2027, 2, 11)));
    }
}
