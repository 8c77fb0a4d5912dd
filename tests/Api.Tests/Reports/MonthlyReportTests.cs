using System.Globalization;
using System.Text.Json;
using FireMap.Api.Tests.Accounts;
using FireMap.TestHost;
using MiniExcelLibs;

namespace FireMap.Api.Tests.Reports;

/// <summary>
/// The monthly report against the real server: every figure of a demo month equals an independent SQL count
/// (written differently from the report's own statements: China-time dates instead of instants), the rows behind
/// each figure are the ones counted, submission freezes figures and narrative, reopening, roles and scope, and the
/// XLSX export reads back with the same figures.
/// </summary>
[Collection(FireMapServerCollection.Name)]
public sealed class MonthlyReportTests(FireMapServerFixture server) : IAsyncLifetime
{
    // The demo hazards cluster in October and November: the November report (21 Oct – 20 Nov) has figures in every hazard line.
    private const string Month = "2026-11";
    private const string From = "2026-10-21";
    private const string To = "2026-11-20";

    private const string Report = """
        query($c: String!, $m: String!) {
          monthlyReport(communityCode: $c, month: $m) {
            communityCode month from to dueOn status begun late version workDone submittedBy submittedAt
            figures { section figure category severity value rows { kind id code } }
          }
        }
        """;

    private const string Narrative = """
        mutation($c: String!, $m: String!, $v: Int!, $work: String) {
          saveReportNarrative(communityCode: $c, month: $m, expectedVersion: $v, input: { workDone: $work, problems: "人手不足", nextSteps: "继续排查" }) { version status workDone }
        }
        """;

    private const string Submit = "mutation($c: String!, $m: String!, $v: Int!) { submitMonthlyReport(communityCode: $c, month: $m, expectedVersion: $v) { version status submittedBy } }";
    private const string Reopen = "mutation($c: String!, $m: String!, $v: Int!) { reopenMonthlyReport(communityCode: $c, month: $m, expectedVersion: $v) { version status reopenedBy } }";

    private readonly AccountApi _api = new(server);
    private string _community = "";

    public async Task InitializeAsync()
    {
        _community = server.Accounts["community"].CommunityCode!;
        await CleanAsync();
    }

    public Task DisposeAsync() => CleanAsync();

    [Fact]
    public async Task Every_figure_equals_an_independent_count_and_lists_the_rows_it_counts()
    {
        var report = await ReportAsync("subdistrict", _community);
        Assert.Equal(From, report.GetProperty("from").GetString());
        Assert.Equal(To, report.GetProperty("to").GetString());
        Assert.Equal("DRAFT", report.GetProperty("status").GetString());
        Assert.False(report.GetProperty("begun").GetBoolean());

        var figures = Figures(report);
        var expected = await IndependentCountsAsync(_community);
        foreach (var (key, count) in expected)
        {
            Assert.True(figures.TryGetValue(key, out var figure), $"the report has no figure {key}");
            Assert.True(count == figure.Value, $"{key}: report {figure.Value}, SQL {count}");
            Assert.Equal(figure.Value, figure.Rows);

        }

        Assert.True(figures["HAZARDS_FOUND"].Value > 0, "the demo month should have hazards found");
        // The breakdowns add up to the total.
        Assert.Equal(figures["HAZARDS_FOUND"].Value, figures.Where(f => f.Key.StartsWith("HAZARDS_FOUND/category:", StringComparison.Ordinal)).Sum(f => f.Value.Value));
        Assert.Equal(figures["HAZARDS_FOUND"].Value, figures.Where(f => f.Key.StartsWith("HAZARDS_FOUND/severity:", StringComparison.Ordinal)).Sum(f => f.Value.Value));
    }

    [Fact]
    public async Task A_submitted_report_is_frozen_until_the_sub_district_office_reopens_it()
    {
        var missing = await _api.AsAsync("community", Submit, new { c = _community, m = Month, v = 0 });
        Assert.Equal("BAD_USER_INPUT", AccountApi.ErrorCode(missing)); // no narrative yet
        Assert.Equal(0, await ReportRowsAsync());

        var saved = await _api.AsAsync("community", Narrative, new { c = _community, m = Month, v = 0, work = "完成高层建筑排查 <script>x</script>" });
        Assert.Null(AccountApi.ErrorCode(saved));
        var version = saved.GetProperty("data").GetProperty("saveReportNarrative").GetProperty("version").GetInt32();
        var stale = await _api.AsAsync("community", Narrative, new { c = _community, m = Month, v = 0, work = "x" });
        Assert.Equal("CONFLICT", AccountApi.ErrorCode(stale));

        var submitted = await _api.AsAsync("community", Submit, new { c = _community, m = Month, v = version });
        Assert.Null(AccountApi.ErrorCode(submitted));
        version = submitted.GetProperty("data").GetProperty("submitMonthlyReport").GetProperty("version").GetInt32();
        var frozen = Figures(await ReportAsync("community", _community));

        // The data change after submission: a compound of the community loses its property management.
        var compound = await _api.ScalarAsync<long>("""
            SELECT x.id FROM compounds x JOIN communities c ON c.id = x.community_id
            WHERE c.code = @c AND NULLIF(btrim(x.property_management_unit), '') IS NOT NULL ORDER BY x.id LIMIT 1
            """, ("c", _community));
        var unit = await _api.ScalarAsync<string>("SELECT property_management_unit FROM compounds WHERE id = @id", ("id", compound));
        await ExecuteAsync("UPDATE compounds SET property_management_unit = NULL WHERE id = @id", compound);
        try
        {
            var after = await ReportAsync("community", _community);
            Assert.Equal("SUBMITTED", after.GetProperty("status").GetString());
            Assert.Equal(server.Accounts["community"].UserName, after.GetProperty("submittedBy").GetString());
            Assert.Equal(frozen["GAP_COMPOUND_PROPERTY"].Value, Figures(after)["GAP_COMPOUND_PROPERTY"].Value);
            Assert.Equal(frozen.Count, Figures(after).Count);

            var edit = await _api.AsAsync("community", Narrative, new { c = _community, m = Month, v = version, work = "改" });
            Assert.Equal("CONFLICT", AccountApi.ErrorCode(edit));
            Assert.Equal("FORBIDDEN", AccountApi.ErrorCode(await _api.AsAsync("community", Reopen, new { c = _community, m = Month, v = version })));

            var reopened = await _api.AsAsync("subdistrict", Reopen, new { c = _community, m = Month, v = version });
            Assert.Null(AccountApi.ErrorCode(reopened));
            var live = await ReportAsync("community", _community);
            Assert.Equal("DRAFT", live.GetProperty("status").GetString());
            Assert.Equal(frozen["GAP_COMPOUND_PROPERTY"].Value + 1, Figures(live)["GAP_COMPOUND_PROPERTY"].Value);
            Assert.StartsWith("完成高层建筑排查 <script>", live.GetProperty("workDone").GetString(), StringComparison.Ordinal);
        }
        finally
        {
            await ExecuteAsync("UPDATE compounds SET property_management_unit = @unit WHERE id = @id", compound, unit);
        }

        var actions = await _api.ScalarAsync<long>("SELECT count(DISTINCT action) FROM audit_log WHERE entity = 'monthly_report' AND action IN ('update', 'submit', 'reopen')");
        Assert.Equal(3, actions);
    }

    [Fact]
    public async Task Scoped_roles_read_their_own_community_and_grid_workers_cannot_write()
    {
        var other = await _api.ScalarAsync<string>("SELECT code FROM communities WHERE code <> @c ORDER BY code LIMIT 1", ("c", _community));
        foreach (var role in new[] { "community", "grid" })
        {
            var refused = await _api.AsAsync(role, Report, new { c = other, m = Month });
            Assert.Equal("FORBIDDEN", AccountApi.ErrorCode(refused));
            var listed = await _api.AsAsync(role, "query($m: String!) { monthlyReports(month: $m) { communityCode } }", new { m = Month });
            Assert.Equal([_community], listed.GetProperty("data").GetProperty("monthlyReports").EnumerateArray().Select(r => r.GetProperty("communityCode").GetString()));
        }

        Assert.Equal(server.Accounts["grid"].CommunityCode, _community);
        Assert.Null(AccountApi.ErrorCode(await _api.AsAsync("grid", Report, new { c = _community, m = Month })));
        foreach (var role in new[] { "grid", "station", "analyst", "viewer" })
        {
            var refused = await _api.AsAsync(role, Narrative, new { c = _community, m = Month, v = 0, work = "x" });
            Assert.Equal("FORBIDDEN", AccountApi.ErrorCode(refused));
        }

        var outside = await _api.AsAsync("community", Narrative, new { c = other, m = Month, v = 0, work = "x" });
        Assert.Equal("FORBIDDEN", AccountApi.ErrorCode(outside));
        Assert.Equal(0, await ReportRowsAsync());

        var all = await _api.AsAsync("subdistrict", "query($m: String!) { monthlyReports(month: $m) { communityCode late status } }", new { m = Month });
        var reports = all.GetProperty("data").GetProperty("monthlyReports").EnumerateArray().ToList();
        Assert.Equal(await _api.ScalarAsync<long>("SELECT count(*) FROM communities"), reports.Count);
        // November's report was due on 20 November and none is submitted: every one is late (today is after it).
        Assert.All(reports, r => Assert.True(r.GetProperty("late").GetBoolean()));

        var bad = await _api.AsAsync("subdistrict", Report, new { c = _community, m = "2026-13" });
        Assert.Equal("BAD_USER_INPUT", AccountApi.ErrorCode(bad));
        var unknown = await _api.AsAsync("subdistrict", Report, new { c = "000000000000", m = Month });
        Assert.Equal("NOT_FOUND", AccountApi.ErrorCode(unknown));
    }

    [Fact]
    public async Task The_xlsx_export_and_the_roll_up_read_back_with_the_report_s_figures()
    {
        var figures = Figures(await ReportAsync("subdistrict", _community));
        using var client = server.CreateClient("subdistrict");
        var bytes = await client.GetByteArrayAsync(new Uri($"/api/exports/reports/monthly.xlsx?community={_community}&month={Month}&lang=en", UriKind.Relative));
        using (var stream = new MemoryStream(bytes))
        {
            var rows = stream.Query(useHeaderRow: true, sheetName: "report").Cast<IDictionary<string, object?>>().Where(r => r["Breakdown"] is null).ToList();
            Assert.Equal(figures.Count(f => !f.Key.Contains('/', StringComparison.Ordinal)), rows.Count);
            var found = rows.Single(r => (string?)r["Figure"] == "Hazards found");
            Assert.Equal(figures["HAZARDS_FOUND"].Value, Convert.ToInt32(found["Value"], CultureInfo.InvariantCulture));
        }

        var rollUp = await client.GetByteArrayAsync(new Uri($"/api/exports/reports/monthly.xlsx?month={Month}", UriKind.Relative));
        using (var stream = new MemoryStream(rollUp))
        {
            var rows = stream.Query(useHeaderRow: true, sheetName: "汇总").Cast<IDictionary<string, object?>>().ToList();
            var own = rows.Single(r => (string?)r["区划代码"] == _community);
            Assert.Equal(figures["HAZARDS_OVERDUE"].Value, Convert.ToInt32(own["逾期未销号隐患"], CultureInfo.InvariantCulture));
            Assert.Equal(await _api.ScalarAsync<long>("SELECT count(*) FROM communities"), rows.Count);
        }

        using var scoped = server.CreateClient("community");
        var other = await _api.ScalarAsync<string>("SELECT code FROM communities WHERE code <> @c ORDER BY code LIMIT 1", ("c", _community));
        using var refused = await scoped.GetAsync(new Uri($"/api/exports/reports/monthly.xlsx?community={other}&month={Month}", UriKind.Relative));
        Assert.Equal(System.Net.HttpStatusCode.Forbidden, refused.StatusCode);
    }

    private async Task<Dictionary<string, int>> IndependentCountsAsync(string community)
    {
        // Dates as China reads them; the report's statements compare instants instead.
        const string Day = "(({0}) AT TIME ZONE 'Asia/Shanghai')::date";
        string Within(string column) => $"{string.Format(CultureInfo.InvariantCulture, Day, column)} BETWEEN DATE '{From}' AND DATE '{To}'";
        string OpenAtEnd(string h) => $"{h}.found_on <= DATE '{To}' AND ({h}.closed_at IS NULL OR {string.Format(CultureInfo.InvariantCulture, Day, h + ".closed_at")} > DATE '{To}')";
        var hazards = $"FROM hazards h JOIN communities c ON c.id = h.community_id WHERE c.code = '{community}'";
        var blockages = $"FROM blockages k JOIN fire_lanes l ON l.id = k.lane_id JOIN compounds x ON x.id = l.compound_id JOIN communities c ON c.id = x.community_id WHERE c.code = '{community}'";
        var counts = new Dictionary<string, string>
        {
            ["HAZARDS_FOUND"] = $"SELECT count(*) {hazards} AND h.found_on >= DATE '{From}' AND h.found_on <= DATE '{To}'",
            ["HAZARDS_RECTIFIED"] = $"SELECT count(DISTINCT t.hazard_id) FROM hazard_transitions t JOIN hazards h ON h.id = t.hazard_id JOIN communities c ON c.id = h.community_id WHERE c.code = '{community}' AND t.action = 'submit_rectification' AND {Within("t.at")}",
            ["HAZARDS_CLOSED"] = $"SELECT count(*) {hazards} AND {Within("h.closed_at")}",
            ["HAZARDS_OPEN"] = $"SELECT count(*) {hazards} AND {OpenAtEnd("h")}",
            ["HAZARDS_OVERDUE"] = $"SELECT count(*) {hazards} AND {OpenAtEnd("h")} AND DATE '{To}' - h.deadline > 0",
            ["HAZARDS_SUPERVISED"] = $"SELECT count(*) {hazards} AND {OpenAtEnd("h")} AND h.supervised",
            ["BLOCKAGES_REPORTED"] = $"SELECT count(*) {blockages} AND {Within("k.reported_at")}",
            ["BLOCKAGES_CLEARED"] = $"SELECT count(*) {blockages} AND {Within("k.cleared_at")}",
            ["BLOCKAGES_ACTIVE"] = $"SELECT count(*) {blockages} AND {string.Format(CultureInfo.InvariantCulture, Day, "k.reported_at")} <= DATE '{To}' AND (k.cleared_at IS NULL OR {string.Format(CultureInfo.InvariantCulture, Day, "k.cleared_at")} > DATE '{To}')",
            ["GAP_BUILDING_MANAGEMENT"] = $"SELECT count(*) FROM buildings b JOIN communities c ON c.id = b.community_id WHERE c.code = '{community}' AND b.is_high_rise AND coalesce(trim(b.management_unit), '') = ''",
            ["GAP_BUILDING_MAINTENANCE"] = $"SELECT count(*) FROM buildings b JOIN communities c ON c.id = b.community_id WHERE c.code = '{community}' AND b.is_high_rise AND coalesce(trim(b.maintenance_unit), '') = ''",
            ["GAP_BUILDING_CHIEF"] = $"SELECT count(*) FROM buildings b JOIN communities c ON c.id = b.community_id WHERE c.code = '{community}' AND b.is_high_rise AND coalesce(trim(b.chief_name), '') = ''",
            ["GAP_COMPOUND_PROPERTY"] = $"SELECT count(*) FROM compounds x JOIN communities c ON c.id = x.community_id WHERE c.code = '{community}' AND coalesce(trim(x.property_management_unit), '') = ''",
            ["GAP_COMPOUND_MAINTENANCE"] = $"SELECT count(*) FROM compounds x JOIN communities c ON c.id = x.community_id WHERE c.code = '{community}' AND coalesce(trim(x.maintenance_unit), '') = ''",
            ["GAP_PLACE_RESPONSIBLE"] = $"SELECT count(*) FROM places p JOIN communities c ON c.id = p.community_id WHERE c.code = '{community}' AND coalesce(trim(p.responsible_unit), '') = ''",
            ["GAP_HAZARD_PERSON"] = $"SELECT count(*) {hazards} AND {OpenAtEnd("h")} AND coalesce(trim(h.responsible_person), '') = ''",
            ["INSPECTIONS_DONE"] = $"SELECT count(*) FROM inspections i JOIN communities c ON c.id = i.community_id WHERE c.code = '{community}' AND {Within("i.inspected_at")}",
            ["UNINSPECTED_HIGH_RISE"] = $"SELECT count(*) FROM buildings b JOIN communities c ON c.id = b.community_id WHERE c.code = '{community}' AND b.is_high_rise AND b.id NOT IN (SELECT i.subject_id FROM inspections i WHERE i.subject_type = 'building' AND {Within("i.inspected_at")})",
            ["UNINSPECTED_COMPOUND"] = $"SELECT count(*) FROM compounds x JOIN communities c ON c.id = x.community_id WHERE c.code = '{community}' AND x.id NOT IN (SELECT i.subject_id FROM inspections i WHERE i.subject_type = 'compound' AND {Within("i.inspected_at")})",
            ["UNINSPECTED_PLACE"] = $"SELECT count(*) FROM places p JOIN communities c ON c.id = p.community_id WHERE c.code = '{community}' AND p.id NOT IN (SELECT i.subject_id FROM inspections i WHERE i.subject_type = 'place' AND {Within("i.inspected_at")})",
            ["VISITS_DONE"] = $"SELECT count(*) FROM visits v JOIN vulnerable_residents r ON r.id = v.resident_id JOIN buildings b ON b.id = r.building_id JOIN communities c ON c.id = b.community_id WHERE c.code = '{community}' AND {Within("v.visited_at")}",
            // Overdue at the end of the report day: the last visit on or before it (China dates), or the registration, plus the frequency, is before it.
            ["VISITS_OVERDUE"] = $"""
                SELECT count(*) FROM vulnerable_residents r JOIN buildings b ON b.id = r.building_id JOIN communities c ON c.id = b.community_id
                WHERE c.code = '{community}' AND r.registered_on <= DATE '{To}'
                  AND COALESCE((SELECT max({string.Format(CultureInfo.InvariantCulture, Day, "v.visited_at")}) FROM visits v
                                WHERE v.resident_id = r.id AND {string.Format(CultureInfo.InvariantCulture, Day, "v.visited_at")} <= DATE '{To}'), r.registered_on)
                      + r.visit_frequency_days < DATE '{To}'
                """,
        };

        // Risk levels: the run of the latest as-of date on or before the period's end (the latest computed of that day).
        var run = $"(SELECT id FROM risk_runs WHERE as_of <= DATE '{To}' ORDER BY as_of DESC, computed_at DESC, id DESC LIMIT 1)";
        foreach (var level in new[] { "major", "significant", "general", "low" })
        {
            counts[$"RISK_{level.ToUpperInvariant()}"] = $"SELECT count(*) FROM compound_risk_scores s JOIN compounds x ON x.id = s.compound_id JOIN communities c ON c.id = x.community_id WHERE s.run_id = {run} AND c.code = '{community}' AND s.level = '{level}'";
        }

        var result = new Dictionary<string, int>();
        foreach (var (key, sql) in counts)
        {
            result[key] = (int)await _api.ScalarAsync<long>(sql);
        }

        return result;
    }

    private async Task<JsonElement> ReportAsync(string role, string community)
    {
        var body = await _api.AsAsync(role, Report, new { c = community, m = Month });
        Assert.Null(AccountApi.ErrorCode(body));
        return body.GetProperty("data").GetProperty("monthlyReport");
    }

    // Keyed by FIGURE, or FIGURE/category:CODE and FIGURE/severity:CODE for the breakdowns; value and number of rows.
    private static Dictionary<string, (int Value, int Rows)> Figures(JsonElement report) =>
        report.GetProperty("figures").EnumerateArray().ToDictionary(
            f => f.GetProperty("figure").GetString()
                + (f.GetProperty("category").ValueKind == JsonValueKind.String ? "/category:" + f.GetProperty("category").GetString()
                    : f.GetProperty("severity").ValueKind == JsonValueKind.String ? "/severity:" + f.GetProperty("severity").GetString() : ""),
            f => (f.GetProperty("value").GetInt32(), f.GetProperty("rows").GetArrayLength()));

    private Task<long> ReportRowsAsync() =>
        _api.ScalarAsync<long>("SELECT count(*) FROM monthly_reports r JOIN communities c ON c.id = r.community_id WHERE c.code = @c", ("c", _community));

    private async Task ExecuteAsync(string sql, long id, string? unit = null)
    {
        await using var command = server.DataSource.CreateCommand(sql);
        command.Parameters.AddWithValue("id", id);
        command.Parameters.AddWithValue("unit", (object?)unit ?? DBNull.Value);
        await command.ExecuteNonQueryAsync();
    }

    private async Task CleanAsync()
    {
        await using var command = server.DataSource.CreateCommand("DELETE FROM monthly_reports");
        await command.ExecuteNonQueryAsync();
    }
}
