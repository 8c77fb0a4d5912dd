using System.Globalization;
using System.Text.Json;
using FireMap.Api.Tests.Accounts;
using FireMap.Spatial.Campaigns;
using FireMap.TestHost;

namespace FireMap.Api.Tests.Campaigns;

/// <summary>
/// The campaign calendar against the real server: the demo campaign placed in this winter with its derived
/// deadlines, saving with versions, CONFLICT and audit, a calendar that does not hold together, and the roles.
/// </summary>
[Collection(FireMapServerCollection.Name)]
public sealed class CampaignCalendarTests(FireMapServerFixture server) : IAsyncLifetime
{
    private const string Save = """
        mutation($input: CampaignInput!, $v: Int!) {
          saveCampaign(input: $input, expectedVersion: $v) {
            code name startsOn endsOn reportDay version updatedBy
            phases { name startsOn endsOn due }
            deadlines { kind name dueOn daysLeft }
          }
        }
        """;

    private const string TestCode = "test-calendar";

    private readonly AccountApi _api = new(server);

    public Task InitializeAsync() => CleanAsync();

    public Task DisposeAsync() => CleanAsync();

    [Fact]
    public async Task Demo_campaign_falls_on_the_seed_plan_days_of_this_winter()
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        var winter = SeasonalDate.WinterOf(today);
        var body = await _api.AsAsync("viewer", "{ campaign(code: \"winter-" + winter.ToString(CultureInfo.InvariantCulture) + "\") { startsOn endsOn reportDay phases { name startsOn endsOn } deadlines { kind dueOn daysLeft } } }");
        Assert.Null(AccountApi.ErrorCode(body));
        var campaign = body.GetProperty("data").GetProperty("campaign");
        Assert.Equal($"{winter}-12-01", campaign.GetProperty("startsOn").GetString());
        Assert.Equal($"{winter + 1}-03-31", campaign.GetProperty("endsOn").GetString());
        Assert.Equal(20, campaign.GetProperty("reportDay").GetInt32());

        var phases = campaign.GetProperty("phases").EnumerateArray().Select(p => (p.GetProperty("startsOn").GetString(), p.GetProperty("endsOn").GetString())).ToList();
        Assert.Equal([($"{winter}-12-01", $"{winter}-12-10"), ($"{winter}-12-11", $"{winter + 1}-03-25"), ($"{winter + 1}-03-26", $"{winter + 1}-03-31")], phases);

        var deadlines = campaign.GetProperty("deadlines").EnumerateArray()
            .Select(d => (Kind: d.GetProperty("kind").GetString()!, Due: DateOnly.Parse(d.GetProperty("dueOn").GetString()!, CultureInfo.InvariantCulture), Left: d.GetProperty("daysLeft").GetInt32()))
            .ToList();
        Assert.Equal([new DateOnly(winter, 12, 20), new DateOnly(winter + 1, 1, 20), new DateOnly(winter + 1, 2, 20), new DateOnly(winter + 1, 3, 20)],
            deadlines.Where(d => d.Kind == "MONTHLY_REPORT").Select(d => d.Due));
        Assert.Contains(deadlines, d => d.Kind == "LISTS" && d.Due == new DateOnly(winter, 12, 31));
        Assert.Contains(deadlines, d => d.Kind == "FINAL_SUMMARY" && d.Due == new DateOnly(winter + 1, 3, 20));
        Assert.Equal(3, deadlines.Count(d => d.Kind == "PHASE_END"));
        Assert.Equal(deadlines.OrderBy(d => d.Due).Select(d => d.Due), deadlines.Select(d => d.Due));
        Assert.All(deadlines, d => Assert.Equal(d.Due.DayNumber - today.DayNumber, d.Left));
    }

    [Fact]
    public async Task Upcoming_deadlines_lie_within_the_days_asked_for()
    {
        var body = await _api.AsAsync("grid", "{ campaignDeadlines(withinDays: 366) { kind dueOn daysLeft campaignCode } }");
        Assert.Null(AccountApi.ErrorCode(body));
        var deadlines = body.GetProperty("data").GetProperty("campaignDeadlines").EnumerateArray().ToList();
        Assert.NotEmpty(deadlines);
        Assert.All(deadlines, d => Assert.InRange(d.GetProperty("daysLeft").GetInt32(), 0, 366));

        var refused = await _api.AsAsync("grid", "{ campaignDeadlines(withinDays: 400) { dueOn } }");
        Assert.Equal("BAD_USER_INPUT", AccountApi.ErrorCode(refused));
    }

    [Fact]
    public async Task Saving_replaces_the_campaign_whole_with_versions_and_audit()
    {
        var created = await _api.AsAsync("subdistrict", Save, new { input = Input("2027-04-01", "2027-06-30"), v = 0 });
        Assert.Null(AccountApi.ErrorCode(created));
        var campaign = created.GetProperty("data").GetProperty("saveCampaign");
        Assert.Equal(1, campaign.GetProperty("version").GetInt32());
        Assert.Equal(server.Accounts["subdistrict"].UserName, campaign.GetProperty("updatedBy").GetString());
        // Report days inside April–June: 20 April, 20 May, 20 June.
        Assert.Equal(["2027-04-20", "2027-05-20", "2027-06-20"], campaign.GetProperty("deadlines").EnumerateArray()
            .Where(d => d.GetProperty("kind").GetString() == "MONTHLY_REPORT").Select(d => d.GetProperty("dueOn").GetString()));

        var stale = await _api.AsAsync("subdistrict", Save, new { input = Input("2027-04-01", "2027-07-31"), v = 0 });
        Assert.Equal("CONFLICT", AccountApi.ErrorCode(stale));
        var updated = await _api.AsAsync("admin", Save, new { input = Input("2027-04-01", "2027-07-31"), v = 1 });
        Assert.Null(AccountApi.ErrorCode(updated));
        Assert.Equal("2027-07-31", updated.GetProperty("data").GetProperty("saveCampaign").GetProperty("endsOn").GetString());

        var audits = await _api.ScalarAsync<long>(
            "SELECT count(*) FROM audit_log a JOIN campaigns c ON c.id = a.entity_id WHERE a.entity = 'campaign' AND c.code = @code", ("code", TestCode));
        Assert.Equal(2, audits);
    }

    [Fact]
    public async Task A_calendar_that_does_not_hold_together_is_refused_with_every_problem_and_writes_nothing()
    {
        var input = new
        {
            code = TestCode,
            name = "检验",
            startsOn = "2027-04-01",
            endsOn = "2027-06-30",
            phases = new object[]
            {
                new { name = "一", startsOn = "2027-03-25", endsOn = "2027-04-30" },
                new { name = "二", startsOn = "2027-04-20", endsOn = "2027-05-30" },
            },
            deadlines = new object[] { new { kind = "MONTHLY_REPORT", name = "月报", dueOn = "2027-04-20" } },
        };
        var refused = await _api.AsAsync("subdistrict", Save, new { input, v = 0 });
        Assert.Equal("BAD_USER_INPUT", AccountApi.ErrorCode(refused));
        var message = refused.GetProperty("errors")[0].GetProperty("message").GetString()!;
        Assert.Contains("outside the campaign", message, StringComparison.Ordinal);
        Assert.Contains("overlaps", message, StringComparison.Ordinal);
        Assert.Contains("cannot be entered", message, StringComparison.Ordinal);
        Assert.Equal(0, await _api.ScalarAsync<long>("SELECT count(*) FROM campaigns WHERE code = @code", ("code", TestCode)));
    }

    [Fact]
    public async Task A_deadline_within_a_week_appears_in_everyone_s_alerts_with_the_days_left()
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        string Day(int offset) => today.AddDays(offset).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var input = new
        {
            code = TestCode,
            name = "检验用节点",
            startsOn = Day(-1),
            endsOn = Day(30),
            deadlines = new object[] { new { kind = "OTHER", name = "检验用节点三天后", dueOn = Day(3) }, new { kind = "OTHER", name = "检验用节点十天后", dueOn = Day(10) } },
        };
        Assert.Null(AccountApi.ErrorCode(await _api.AsAsync("subdistrict", Save, new { input, v = 0 })));

        foreach (var role in new[] { "grid", "viewer" })
        {
            var body = await _api.AsAsync(role, "{ alerts { kind days deadline { name dueOn daysLeft campaignCode } } }");
            Assert.Null(AccountApi.ErrorCode(body));
            var ours = body.GetProperty("data").GetProperty("alerts").EnumerateArray()
                .Where(a => a.GetProperty("kind").GetString() == "CAMPAIGN_DEADLINE" && a.GetProperty("deadline").GetProperty("campaignCode").GetString() == TestCode)
                .ToList();
            var alert = Assert.Single(ours); // the one ten days ahead is not yet an alert
            Assert.Equal("检验用节点三天后", alert.GetProperty("deadline").GetProperty("name").GetString());
            Assert.Equal(3, alert.GetProperty("days").GetInt32());
        }
    }

    [Theory]
    [InlineData("community")]
    [InlineData("grid")]
    [InlineData("station")]
    [InlineData("analyst")]
    [InlineData("viewer")]
    public async Task Only_the_sub_district_office_and_the_administrator_set_the_calendar(string role)
    {
        var refused = await _api.AsAsync(role, Save, new { input = Input("2027-04-01", "2027-06-30"), v = 0 });
        Assert.Equal("FORBIDDEN", AccountApi.ErrorCode(refused));
        Assert.Equal(0, await _api.ScalarAsync<long>("SELECT count(*) FROM campaigns WHERE code = @code", ("code", TestCode)));

        var periods = await _api.ScalarAsync<long>("SELECT count(*) FROM risk_periods");
        var period = await _api.AsAsync(role, """
            mutation { saveRiskPeriod(input: { name: "x", kind: MAJOR_EVENT, startsOn: "2027-03-03", endsOn: "2027-03-11", factor: 1.2 }, expectedVersion: 0) { id } }
            """);
        Assert.Equal("FORBIDDEN", AccountApi.ErrorCode(period));
        Assert.Equal(periods, await _api.ScalarAsync<long>("SELECT count(*) FROM risk_periods"));
    }

    private static object Input(string startsOn, string endsOn) => new
    {
        code = TestCode,
        name = "检验用专项行动",
        description = "<b>不是标记</b>",
        startsOn,
        endsOn,
        phases = new object[]
        {
            new { name = "部署", startsOn, endsOn = "2027-04-15", due = "方案" },
            new { name = "实施", startsOn = "2027-04-16", endsOn, due = "整治" },
        },
        deadlines = new object[] { new { kind = "OTHER", name = "中期检查", dueOn = "2027-05-15" } },
    };

    private async Task CleanAsync()
    {
        await using var command = server.DataSource.CreateCommand("DELETE FROM campaigns WHERE code = @code");
        command.Parameters.AddWithValue("code", TestCode);
        await command.ExecuteNonQueryAsync();
    }
}
