using System.Globalization;
using System.Text.Json;
using FireMap.Api.Tests.Accounts;
using FireMap.TestHost;
using MiniExcelLibs;

namespace FireMap.Api.Tests.Reports;

/// <summary>
/// The campaign's final summary against the real server: over a campaign that has ended its figures equal independent
/// SQL counts over the campaign's days; a running campaign is summed up to today; scope, unknown and future campaigns;
/// the XLSX with <c>campaign=</c> reads back with the same figures, for one community and as the roll-up.
/// </summary>
[Collection(FireMapServerCollection.Name)]
public sealed class CampaignSummaryTests(FireMapServerFixture server) : IAsyncLifetime
{
    // An ended campaign over the demo hazards' autumn: every hazard line has figures.
    private const string Code = "test-summary";
    private const string From = "2026-10-01";
    private const string To = "2026-11-20";

    private const string Summary = """
        query($c: String!, $k: String!) {
          campaignSummary(communityCode: $c, campaignCode: $k) {
            communityCode communityName from to complete campaign { code }
            figures { section figure category severity value rows { kind id } }
          }
        }
        """;

    private readonly AccountApi _api = new(server);
    private string _community = "";

    public async Task InitializeAsync()
    {
        _community = server.Accounts["community"].CommunityCode!;
        await CleanAsync();
        var saved = await _api.AsAsync("subdistrict", """
            mutation($input: CampaignInput!) { saveCampaign(input: $input, expectedVersion: 0) { version } }
            """, new { input = new { code = Code, name = "秋季检验", startsOn = From, endsOn = To, reportDay = 20 } });
        Assert.Null(AccountApi.ErrorCode(saved));
    }

    public Task DisposeAsync() => CleanAsync();

    [Fact]
    public async Task An_ended_campaign_s_summary_counts_what_independent_SQL_counts_over_its_days()
    {
        var summary = await SummaryAsync("subdistrict", _community, Code);
        Assert.Equal(From, summary.GetProperty("from").GetString());
        Assert.Equal(To, summary.GetProperty("to").GetString());
        Assert.True(summary.GetProperty("complete").GetBoolean());
        var figures = Figures(summary);

        var hazards = "FROM hazards h JOIN communities c ON c.id = h.community_id WHERE c.code = @c";
        const string ChinaDay = "AT TIME ZONE 'Asia/Shanghai')::date";
        var expected = new Dictionary<string, string>
        {
            ["HAZARDS_FOUND"] = $"SELECT count(*) {hazards} AND h.found_on BETWEEN DATE '{From}' AND DATE '{To}'",
            ["HAZARDS_CLOSED"] = $"SELECT count(*) {hazards} AND (h.closed_at {ChinaDay} BETWEEN DATE '{From}' AND DATE '{To}'",
            ["HAZARDS_OPEN"] = $"SELECT count(*) {hazards} AND h.found_on <= DATE '{To}' AND (h.closed_at IS NULL OR (h.closed_at {ChinaDay} > DATE '{To}')",
            ["BLOCKAGES_REPORTED"] = $"""
                SELECT count(*) FROM blockages k JOIN fire_lanes l ON l.id = k.lane_id JOIN compounds x ON x.id = l.compound_id
                JOIN communities c ON c.id = x.community_id WHERE c.code = @c AND (k.reported_at {ChinaDay} BETWEEN DATE '{From}' AND DATE '{To}'
                """,
        };
        foreach (var (figure, sql) in expected)
        {
            Assert.Equal((int)await _api.ScalarAsync<long>(sql, ("c", _community)), figures[figure]);
        }

        Assert.True(figures["HAZARDS_FOUND"] > 0, "the demo autumn has hazards found");
        // Over a longer span than any one month, the summary finds at least what the November report finds.
        var november = await _api.AsAsync("subdistrict", "query($c: String!) { monthlyReport(communityCode: $c, month: \"2026-11\") { figures { figure category severity value } } }",
            new { c = _community });
        var monthly = november.GetProperty("data").GetProperty("monthlyReport").GetProperty("figures").EnumerateArray()
            .Single(f => f.GetProperty("figure").GetString() == "HAZARDS_FOUND" && f.GetProperty("category").ValueKind == JsonValueKind.Null
                && f.GetProperty("severity").ValueKind == JsonValueKind.Null).GetProperty("value").GetInt32();
        Assert.True(figures["HAZARDS_FOUND"] >= monthly);
    }

    [Fact]
    public async Task A_running_campaign_is_summed_up_to_today_and_a_future_or_unknown_one_is_refused()
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        var running = await _api.AsAsync("subdistrict", "{ currentCampaign { code startsOn endsOn running } }");
        var current = running.GetProperty("data").GetProperty("currentCampaign");
        if (current.GetProperty("running").GetBoolean())
        {
            var summary = await SummaryAsync("subdistrict", _community, current.GetProperty("code").GetString()!);
            Assert.Equal(current.GetProperty("startsOn").GetString(), summary.GetProperty("from").GetString());
            Assert.Equal($"{today:yyyy-MM-dd}", summary.GetProperty("to").GetString());
            Assert.False(summary.GetProperty("complete").GetBoolean());
        }

        var unknown = await _api.AsAsync("subdistrict", Summary, new { c = _community, k = "no-such-campaign" });
        Assert.Equal("NOT_FOUND", AccountApi.ErrorCode(unknown));
        await using (var future = server.DataSource.CreateCommand("UPDATE campaigns SET starts_on = @d, ends_on = @d WHERE code = @code"))
        {
            future.Parameters.AddWithValue("d", today.AddDays(30));
            future.Parameters.AddWithValue("code", Code);
            await future.ExecuteNonQueryAsync();
        }

        Assert.Equal("BAD_USER_INPUT", AccountApi.ErrorCode(await _api.AsAsync("subdistrict", Summary, new { c = _community, k = Code })));
    }

    [Fact]
    public async Task Scoped_roles_read_their_own_community_s_summary_only()
    {
        var other = await _api.ScalarAsync<string>("SELECT code FROM communities WHERE code <> @c ORDER BY code LIMIT 1", ("c", _community));
        foreach (var role in new[] { "community", "grid" })
        {
            Assert.Equal("FORBIDDEN", AccountApi.ErrorCode(await _api.AsAsync(role, Summary, new { c = other, k = Code })));
            var listed = await _api.AsAsync(role, "query($k: String!) { campaignSummaries(campaignCode: $k) { communityCode } }", new { k = Code });
            Assert.Equal([_community], listed.GetProperty("data").GetProperty("campaignSummaries").EnumerateArray().Select(s => s.GetProperty("communityCode").GetString()));
        }

        using var scoped = server.CreateClient("community");
        using var refused = await scoped.GetAsync(new Uri($"/api/exports/reports/monthly.xlsx?community={other}&campaign={Code}", UriKind.Relative));
        Assert.Equal(System.Net.HttpStatusCode.Forbidden, refused.StatusCode);
    }

    [Fact]
    public async Task The_summary_xlsx_and_its_roll_up_read_back_with_the_summary_s_figures()
    {
        var figures = Figures(await SummaryAsync("subdistrict", _community, Code));
        using var client = server.CreateClient("subdistrict");
        var bytes = await client.GetByteArrayAsync(new Uri($"/api/exports/reports/monthly.xlsx?community={_community}&campaign={Code}&lang=en", UriKind.Relative));
        using (var stream = new MemoryStream(bytes))
        {
            var rows = stream.Query(useHeaderRow: true, sheetName: "summary").Cast<IDictionary<string, object?>>().Where(r => r["Breakdown"] is null).ToList();
            Assert.Equal(figures["HAZARDS_FOUND"], Convert.ToInt32(rows.Single(r => (string?)r["Figure"] == "Hazards found")["Value"], CultureInfo.InvariantCulture));
            Assert.Equal(figures["HAZARDS_OPEN"], Convert.ToInt32(rows.Single(r => (string?)r["Figure"] == "Hazards open")["Value"], CultureInfo.InvariantCulture));
        }

        var rollUp = await client.GetByteArrayAsync(new Uri($"/api/exports/reports/monthly.xlsx?campaign={Code}", UriKind.Relative));
        using (var stream = new MemoryStream(rollUp))
        {
            var rows = stream.Query(useHeaderRow: true, sheetName: "汇总").Cast<IDictionary<string, object?>>().ToList();
            Assert.Equal(await _api.ScalarAsync<long>("SELECT count(*) FROM communities"), rows.Count);
            var own = rows.Single(r => (string?)r["区划代码"] == _community);
            Assert.Equal(figures["HAZARDS_CLOSED"], Convert.ToInt32(own["销号隐患"], CultureInfo.InvariantCulture));
            Assert.Equal($"{From} – {To}", own["统计期间"]);
        }

        using var both = await client.GetAsync(new Uri($"/api/exports/reports/monthly.xlsx?month=2026-11&campaign={Code}", UriKind.Relative));
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, both.StatusCode);
    }

    private async Task<JsonElement> SummaryAsync(string role, string community, string campaign)
    {
        var body = await _api.AsAsync(role, Summary, new { c = community, k = campaign });
        Assert.Null(AccountApi.ErrorCode(body));
        return body.GetProperty("data").GetProperty("campaignSummary");
    }

    // Totals only (no breakdowns), keyed by figure; each value also counts its rows.
    private static Dictionary<string, int> Figures(JsonElement summary) =>
        summary.GetProperty("figures").EnumerateArray()
            .Where(f => f.GetProperty("category").ValueKind == JsonValueKind.Null && f.GetProperty("severity").ValueKind == JsonValueKind.Null)
            .ToDictionary(f => f.GetProperty("figure").GetString()!, f =>
            {
                Assert.Equal(f.GetProperty("value").GetInt32(), f.GetProperty("rows").GetArrayLength());
                return f.GetProperty("value").GetInt32();
            });

    private async Task CleanAsync()
    {
        await using var command = server.DataSource.CreateCommand("DELETE FROM campaigns WHERE code = @code");
        command.Parameters.AddWithValue("code", Code);
        await command.ExecuteNonQueryAsync();
    }
}
