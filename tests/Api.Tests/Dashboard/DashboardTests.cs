using System.Text.Json;
using FireMap.Api.Tests.Accounts;
using FireMap.TestHost;

namespace FireMap.Api.Tests.Dashboard;

/// <summary>
/// The dashboard against the real server: every community's open, overdue and supervised hazards and active blockages
/// equal independent SQL counts as of today, the risk level counts equal the latest run's, the campaign and this
/// month's reports are there, the registers' figures (enforcement cases open, outreach targets in force, public reports
/// waiting, duty coverage of the next holiday, fires) are there and count as the monthly report does, and community
/// staff see their own community only.
/// </summary>
[Collection(FireMapServerCollection.Name)]
public sealed class DashboardTests(FireMapServerFixture server)
{
    private const string Dashboard = """
        {
          dashboard {
            today weekFrom month
            campaign { code daysLeft currentPhase { name } }
            communities { communityCode communityName figures { figure category severity value rows { kind id } } }
            riskLevels { level count previous }
            reports { communityCode status late }
          }
        }
        """;

    private readonly AccountApi _api = new(server);

    [Fact]
    public async Task Every_community_s_numbers_equal_independent_counts_as_of_today()
    {
        var dashboard = await DashboardAsync("subdistrict");
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        Assert.Equal($"{today:yyyy-MM-dd}", dashboard.GetProperty("today").GetString());
        Assert.Equal($"{today.AddDays(-6):yyyy-MM-dd}", dashboard.GetProperty("weekFrom").GetString());
        Assert.Equal($"{today:yyyy-MM}", dashboard.GetProperty("month").GetString());
        Assert.Equal(JsonValueKind.Object, dashboard.GetProperty("campaign").ValueKind);

        var communities = dashboard.GetProperty("communities").EnumerateArray().ToList();
        Assert.Equal(await _api.ScalarAsync<long>("SELECT count(*) FROM communities"), communities.Count);
        Assert.Equal(communities.Count, dashboard.GetProperty("reports").GetArrayLength());
        const string Hazards = "FROM hazards h JOIN communities c ON c.id = h.community_id WHERE c.code = @c AND h.closed_at IS NULL";
        var openTotal = 0;
        foreach (var community in communities)
        {
            var code = community.GetProperty("communityCode").GetString()!;
            var figures = Totals(community);
            Assert.Equal(await CountAsync($"SELECT count(*) {Hazards}", code), figures["HAZARDS_OPEN"]);
            Assert.Equal(await CountAsync($"SELECT count(*) {Hazards} AND h.deadline < @today", code, today), figures["HAZARDS_OVERDUE"]);
            Assert.Equal(await CountAsync($"SELECT count(*) {Hazards} AND h.supervised", code), figures["HAZARDS_SUPERVISED"]);
            Assert.Equal(await CountAsync("""
                SELECT count(*) FROM blockages k JOIN fire_lanes l ON l.id = k.lane_id JOIN compounds x ON x.id = l.compound_id
                JOIN communities c ON c.id = x.community_id WHERE c.code = @c AND k.cleared_at IS NULL
                """, code), figures["BLOCKAGES_ACTIVE"]);
            openTotal += figures["HAZARDS_OPEN"];

            // The registers' figures, as the monthly report counts them over the week.
            Assert.Equal(await CountAsync("""
                SELECT count(*) FROM enforcement_cases e JOIN communities c ON c.id = e.community_id
                WHERE c.code = @c AND e.opened_on <= @today AND (e.closed_on IS NULL OR e.closed_on > @today)
                """, code, today), figures["ENFORCEMENT_OPEN"]);
            Assert.Equal(await CountAsync("""
                SELECT count(*) FROM outreach_targets t WHERE t.starts_on <= @today AND t.ends_on >= @today - 6 AND @c IS NOT NULL
                """, code, today), figures["OUTREACH_TARGETS_MET"] + figures["OUTREACH_TARGETS_UNMET"]);
            Assert.Equal(await CountAsync("""
                SELECT count(*) FROM public_reports r JOIN communities c ON c.id = r.community_id
                WHERE c.code = @c AND r.created_at < (@today + 1)::timestamp AT TIME ZONE 'Asia/Shanghai'
                  AND (r.handled_at IS NULL OR r.handled_at >= (@today + 1)::timestamp AT TIME ZONE 'Asia/Shanghai')
                """, code, today), figures["PUBLIC_REPORTS_PENDING"]);
            Assert.Contains("DUTY_NEXT_HOLIDAY_DAYS_UNCOVERED", figures.Keys);
            Assert.Contains("INCIDENTS", figures.Keys);
        }

        Assert.True(openTotal > 0, "the demo data have open hazards");
        var levels = dashboard.GetProperty("riskLevels").EnumerateArray().ToList();
        Assert.Equal(["MAJOR", "SIGNIFICANT", "GENERAL", "LOW"], levels.Select(l => l.GetProperty("level").GetString()));
        var scored = await _api.ScalarAsync<long>(
            "SELECT count(*) FROM compound_risk_scores WHERE run_id = (SELECT id FROM risk_runs WHERE as_of <= @d ORDER BY as_of DESC, computed_at DESC, id DESC LIMIT 1)",
            ("d", today));
        Assert.Equal(scored, levels.Sum(l => l.GetProperty("count").GetInt32()));
    }

    [Fact]
    public async Task Community_staff_see_their_own_community_only()
    {
        var own = server.Accounts["community"].CommunityCode;
        var dashboard = await DashboardAsync("community");
        Assert.Equal([own], dashboard.GetProperty("communities").EnumerateArray().Select(c => c.GetProperty("communityCode").GetString()));
        Assert.Equal([own], dashboard.GetProperty("reports").EnumerateArray().Select(c => c.GetProperty("communityCode").GetString()));
        var compounds = await _api.ScalarAsync<long>("""
            SELECT count(*) FROM compound_risk_scores s JOIN compounds x ON x.id = s.compound_id JOIN communities c ON c.id = x.community_id
            WHERE c.code = @c AND s.run_id = (SELECT id FROM risk_runs WHERE as_of <= @d ORDER BY as_of DESC, computed_at DESC, id DESC LIMIT 1)
            """, ("c", own!), ("d", DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8))));
        Assert.Equal(compounds, dashboard.GetProperty("riskLevels").EnumerateArray().Sum(l => l.GetProperty("count").GetInt32()));
    }

    private async Task<JsonElement> DashboardAsync(string role)
    {
        // The start-up risk run may still be going when this test is the first to run.
        for (var i = 0; i < 300 && await _api.ScalarAsync<long>("SELECT count(*) FROM risk_runs") == 0; i++)
        {
            await Task.Delay(100);
        }

        var body = await _api.AsAsync(role, Dashboard);
        Assert.Null(AccountApi.ErrorCode(body));
        return body.GetProperty("data").GetProperty("dashboard");
    }

    private async Task<int> CountAsync(string sql, string community, DateOnly? today = null) =>
        (int)await _api.ScalarAsync<long>(sql, today is { } day ? [("c", community), ("today", day)] : [("c", community)]);

    private static Dictionary<string, int> Totals(JsonElement community) =>
        community.GetProperty("figures").EnumerateArray()
            .Where(f => f.GetProperty("category").ValueKind == JsonValueKind.Null && f.GetProperty("severity").ValueKind == JsonValueKind.Null)
            .ToDictionary(f => f.GetProperty("figure").GetString()!, f => f.GetProperty("value").GetInt32());
}
