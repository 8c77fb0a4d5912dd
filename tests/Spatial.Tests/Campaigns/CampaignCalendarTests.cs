using FireMap.Spatial.Campaigns;
using FireMap.Spatial.Vocabulary;

namespace FireMap.Spatial.Tests.Campaigns;

public sealed class CampaignCalendarTests
{
    private static readonly CampaignCalendar Winter = new(
        new DateOnly(2026, 12, 1), new DateOnly(2027, 3, 31), 20,
        [
            new CampaignPhase("动员部署", new DateOnly(2026, 12, 1), new DateOnly(2026, 12, 10), "方案"),
            new CampaignPhase("组织实施", new DateOnly(2026, 12, 11), new DateOnly(2027, 3, 25), "整治"),
            new CampaignPhase("验收总结", new DateOnly(2027, 3, 26), new DateOnly(2027, 3, 31), "总结"),
        ],
        [new CampaignDeadline("lists", "三个清单", new DateOnly(2026, 12, 31))]);

    [Fact]
    public void Monthly_report_days_are_the_report_day_of_every_month_inside_the_campaign()
    {
        Assert.Equal([new DateOnly(2026, 12, 20), new DateOnly(2027, 1, 20), new DateOnly(2027, 2, 20), new DateOnly(2027, 3, 20)], Winter.ReportDays());
        var late = Winter with { StartsOn = new DateOnly(2026, 12, 21), Phases = [] };
        Assert.Equal(new DateOnly(2027, 1, 20), late.ReportDays()[0]);
    }

    [Fact]
    public void All_deadlines_are_in_date_order_with_phase_ends_and_reports_derived()
    {
        var all = Winter.AllDeadlines();
        Assert.Equal(all.OrderBy(d => d.DueOn).Select(d => d.DueOn), all.Select(d => d.DueOn));
        Assert.Equal(3, all.Count(d => d.Kind == "phase_end"));
        Assert.Equal(4, all.Count(d => d.Kind == "monthly_report"));
        Assert.Single(all, d => d.Kind == "lists");
        Assert.Contains(all, d => d.Kind == "monthly_report" && d.Name.Contains("2027年1月", StringComparison.Ordinal));
        Assert.Contains(Winter.AllDeadlines(Language.English), d => d.Kind == "monthly_report" && d.Name.EndsWith("2027-01", StringComparison.Ordinal));
    }

    [Fact]
    public void The_phase_on_a_day_is_found_and_days_between_phases_have_none()
    {
        Assert.Equal("组织实施", Winter.PhaseOn(new DateOnly(2027, 1, 5))?.Name);
        Assert.Null(Winter.PhaseOn(new DateOnly(2027, 4, 1)));
        Assert.Empty(Winter.FindProblems());
    }

    [Fact]
    public void Problems_name_each_broken_rule()
    {
        var broken = Winter with
        {
            ReportDay = 31,
            Phases = [new CampaignPhase("甲", new DateOnly(2026, 11, 1), new DateOnly(2026, 12, 5), ""), new CampaignPhase("乙", new DateOnly(2026, 12, 5), new DateOnly(2026, 12, 4), "")],
            Deadlines = [new CampaignDeadline("phase_end", "x", new DateOnly(2027, 1, 1)), new CampaignDeadline("nonsense", "y", new DateOnly(2027, 1, 1))],
        };
        var problems = broken.FindProblems();
        Assert.Contains(problems, p => p.Contains("reportDay", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("outside the campaign", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("ends (2026-12-04) before it starts", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("overlaps", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("cannot be entered", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("unknown kind", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(2026, 12, 4, 2026)]
    [InlineData(2027, 2, 1, 2026)]
    [InlineData(2027, 7, 1, 2027)]
    public void A_day_belongs_to_the_winter_starting_in_the_year_from_July(int year, int month, int day, int winter) =>
        Assert.Equal(winter, SeasonalDate.WinterOf(new DateOnly(year, month, day)));

    [Fact]
    public void Seasonal_days_are_placed_in_the_winter_s_two_years()
    {
        Assert.Equal(new DateOnly(2026, 12, 10), SeasonalDate.Place("12-10", 2026));
        Assert.Equal(new DateOnly(2027, 3, 25), SeasonalDate.Place("03-25", 2026));
        Assert.Throws<FormatException>(() => SeasonalDate.Place("02-29", 2026));
        Assert.Throws<FormatException>(() => SeasonalDate.Place("13-01", 2026));
    }
}
