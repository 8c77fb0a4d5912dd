using FireMap.TestHost;

namespace FireMap.Api.Tests.FieldWork;

/// <summary>The demo set's synthetic field work is loaded at start with dates counted back from today: some visits overdue, some not, some subjects never inspected.</summary>
[Collection(FireMapServerCollection.Name)]
public sealed class DemoFieldWorkTests(FireMapServerFixture server)
{
    private readonly FieldApi _api = new(server);

    [Fact]
    public async Task Demo_field_work_has_overdue_and_timely_visits_and_gaps_in_coverage_whatever_the_day()
    {
        Assert.True(await _api.ScalarAsync<long>("SELECT count(*) FROM vulnerable_residents WHERE care_notes LIKE '（演示数据）%'") >= 40);
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        var overdue = await _api.ScalarAsync<long>("SELECT count(*) FROM vulnerable_resident_due WHERE next_visit_due < @today", ("today", today));
        var timely = await _api.ScalarAsync<long>("SELECT count(*) FROM vulnerable_resident_due WHERE next_visit_due >= @today", ("today", today));
        Assert.True(overdue > 0 && timely > overdue, $"{overdue} overdue, {timely} not");
        Assert.Equal(0L, await _api.ScalarAsync<long>("SELECT count(*) FROM visits WHERE visited_at > now()"));

        var coverage = (await _api.DataAsync("admin", """
            query($from: DateOnly!, $to: DateOnly!) { inspectionCoverage(period: { from: $from, to: $to }) { total inspected share } }
            """, new { from = today.AddDays(-120).ToString("yyyy-MM-dd"), to = today.ToString("yyyy-MM-dd") })).GetProperty("inspectionCoverage");
        Assert.InRange(coverage.GetProperty("share").GetDouble(), 0.3, 0.95);
    }
}
