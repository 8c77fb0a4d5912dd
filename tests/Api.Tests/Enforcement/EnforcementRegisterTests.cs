using System.Globalization;
using System.Text.Json;
using FireMap.Api.Tests.Accounts;
using FireMap.TestHost;

namespace FireMap.Api.Tests.Enforcement;

/// <summary>
/// The enforcement register against the real server: open a case against a unit with linked hazards, change and close
/// it with expectedVersion and audit, the enforce rule and scope, the clearance (执法清零) and the monthly report's
/// figures against independent counts, the layer and the export.
/// </summary>
[Collection(FireMapServerCollection.Name)]
public sealed class EnforcementRegisterTests(FireMapServerFixture server)
{
    private const string Open = "mutation($input: EnforcementCaseInput!) { openEnforcementCase(input: $input) { id code kind status party communityCode hazardIds version overdue } }";
    private const string Close = "mutation($id: ID!, $v: Int!) { closeEnforcementCase(id: $id, expectedVersion: $v, outcome: \"已整改\") { status closedOn version } }";

    private readonly AccountApi _api = new(server);

    [Fact]
    public async Task Case_is_opened_changed_and_closed_once_with_versions_and_audit()
    {
        var community = server.Accounts["community"].CommunityCode!;
        var unit = await _api.ScalarAsync<long>("SELECT u.id FROM units u JOIN communities c ON c.id = u.community_id WHERE c.code = @c ORDER BY u.id LIMIT 1", ("c", community));
        var hazard = await _api.ScalarAsync<long>("SELECT h.id FROM hazards h JOIN communities c ON c.id = h.community_id WHERE c.code = @c ORDER BY h.id LIMIT 1", ("c", community));
        var foreign = await _api.ScalarAsync<long>("SELECT h.id FROM hazards h JOIN communities c ON c.id = h.community_id WHERE c.code <> @c ORDER BY h.id LIMIT 1", ("c", community));

        var before = await _api.ScalarAsync<long>("SELECT count(*) FROM enforcement_cases");
        Assert.Equal("BAD_USER_INPUT", AccountApi.ErrorCode(await _api.AsAsync("community", Open,
            new { input = new { kind = "INTERVIEW", unitId = Id(unit), hazardIds = new[] { Id(foreign) } } })));
        Assert.Equal("BAD_USER_INPUT", AccountApi.ErrorCode(await _api.AsAsync("community", Open,
            new { input = new { kind = "INTERVIEW", unitId = Id(unit), openedOn = "2026-11-10", deadline = "2026-11-01" } })));
        Assert.Equal(before, await _api.ScalarAsync<long>("SELECT count(*) FROM enforcement_cases"));

        var opened = await _api.AsAsync("community", Open, new
        {
            input = new { kind = "RECTIFICATION_ORDER", unitId = Id(unit), description = "疏散通道堵塞", openedOn = "2026-11-10", deadline = "2026-11-20", hazardIds = new[] { Id(hazard) } },
        });
        Assert.Null(AccountApi.ErrorCode(opened));
        var c = opened.GetProperty("data").GetProperty("openEnforcementCase");
        var id = c.GetProperty("id").GetString()!;
        Assert.Equal("OPEN", c.GetProperty("status").GetString());
        Assert.True(c.GetProperty("overdue").GetBoolean());
        Assert.Equal(Id(hazard), c.GetProperty("hazardIds")[0].GetString());
        Assert.Equal(await _api.ScalarAsync<string>("SELECT name FROM units WHERE id = @u", ("u", unit)), c.GetProperty("party").GetString());

        const string update = "mutation($id: ID!, $v: Int!) { updateEnforcementCase(id: $id, expectedVersion: $v, input: { deadline: \"2026-12-31\", hazardIds: [] }) { version hazardIds overdue } }";
        Assert.Equal("CONFLICT", AccountApi.ErrorCode(await _api.AsAsync("community", update, new { id, v = 9 })));
        var updated = (await _api.AsAsync("community", update, new { id, v = 1 })).GetProperty("data").GetProperty("updateEnforcementCase");
        Assert.Equal(2, updated.GetProperty("version").GetInt32());
        Assert.Equal(0, updated.GetProperty("hazardIds").GetArrayLength());
        Assert.False(updated.GetProperty("overdue").GetBoolean());

        Assert.Equal("FORBIDDEN", AccountApi.ErrorCode(await _api.AsAsync("grid", Close, new { id, v = 2 })));
        var closed = (await _api.AsAsync("community", Close, new { id, v = 2 })).GetProperty("data").GetProperty("closeEnforcementCase");
        Assert.Equal("CLOSED", closed.GetProperty("status").GetString());
        Assert.Equal("CONFLICT", AccountApi.ErrorCode(await _api.AsAsync("community", Close, new { id, v = 3 })));
        Assert.Equal(["open", "update", "close"], await AuditActionsAsync(long.Parse(id, CultureInfo.InvariantCulture)));
    }

    [Fact]
    public async Task Case_outside_the_community_is_forbidden_and_writes_nothing()
    {
        var community = server.Accounts["community"].CommunityCode!;
        var unit = await _api.ScalarAsync<long>("SELECT u.id FROM units u JOIN communities c ON c.id = u.community_id WHERE c.code <> @c ORDER BY u.id LIMIT 1", ("c", community));
        var before = await _api.ScalarAsync<long>("SELECT count(*) FROM enforcement_cases");
        Assert.Equal("FORBIDDEN", AccountApi.ErrorCode(await _api.AsAsync("community", Open, new { input = new { kind = "SEALING", unitId = Id(unit) } })));
        Assert.Equal("FORBIDDEN", AccountApi.ErrorCode(await _api.AsAsync("station", Open, new { input = new { kind = "SEALING", unitId = Id(unit) } })));
        Assert.Equal(before, await _api.ScalarAsync<long>("SELECT count(*) FROM enforcement_cases"));
    }

    [Fact]
    public async Task Clearance_list_and_report_figures_equal_independent_counts()
    {
        var community = server.Accounts["community"].CommunityCode!;
        var clearance = (await _api.AsAsync("subdistrict", "{ enforcementClearance { communityCode open overdue closed cleared } }"))
            .GetProperty("data").GetProperty("enforcementClearance").EnumerateArray().ToList();
        Assert.Equal(await _api.ScalarAsync<long>("SELECT count(*) FROM communities"), clearance.Count);
        foreach (var row in clearance)
        {
            var code = row.GetProperty("communityCode").GetString()!;
            var open = await _api.ScalarAsync<long>("SELECT count(*) FROM enforcement_cases e JOIN communities c ON c.id = e.community_id WHERE c.code = @c AND e.closed_on IS NULL", ("c", code));
            Assert.Equal(open, row.GetProperty("open").GetInt64());
            Assert.Equal(open == 0, row.GetProperty("cleared").GetBoolean());
        }

        var listed = await _api.AsAsync("community", "{ enforcementCases(first: 1, filter: { open: true }) { totalCount } }");
        Assert.Equal(await _api.ScalarAsync<long>("SELECT count(*) FROM enforcement_cases e JOIN communities c ON c.id = e.community_id WHERE c.code = @c AND e.status = 'open'", ("c", community)),
            listed.GetProperty("data").GetProperty("enforcementCases").GetProperty("totalCount").GetInt64());
        Assert.Equal(await _api.ScalarAsync<long>("SELECT count(*) FROM enforcement_cases WHERE status = 'closed'"),
            (await _api.AsAsync("viewer", "{ enforcementCases(first: 1, filter: { open: false }) { totalCount } }")).GetProperty("data").GetProperty("enforcementCases").GetProperty("totalCount").GetInt64());

        var report = (await _api.AsAsync("subdistrict", """
            query($c: String!, $m: String!) { monthlyReport(communityCode: $c, month: $m) { from to figures { section figure value rows { code } } } }
            """, new { c = community, m = "2026-12" })).GetProperty("data").GetProperty("monthlyReport");
        var from = DateOnly.Parse(report.GetProperty("from").GetString()!, CultureInfo.InvariantCulture);
        var to = DateOnly.Parse(report.GetProperty("to").GetString()!, CultureInfo.InvariantCulture);
        var figures = report.GetProperty("figures").EnumerateArray().Where(f => f.GetProperty("section").GetString() == "ENFORCEMENT")
            .ToDictionary(f => f.GetProperty("figure").GetString()!, f => f.GetProperty("value").GetInt32());
        // Counted per day of the period with generate_series, not with the report's own conditions.
        var expected = new Dictionary<string, string>
        {
            ["ENFORCEMENT_OPENED"] = "e.opened_on IN (SELECT d::date FROM generate_series(@f::date, @t::date, interval '1 day') d)",
            ["ENFORCEMENT_CLOSED"] = "e.closed_on IN (SELECT d::date FROM generate_series(@f::date, @t::date, interval '1 day') d)",
            ["ENFORCEMENT_OPEN"] = "NOT (e.opened_on > @t) AND COALESCE(e.closed_on, 'infinity'::date) > @t",
            ["ENFORCEMENT_OVERDUE"] = "NOT (e.opened_on > @t) AND COALESCE(e.closed_on, 'infinity'::date) > @t AND e.deadline IS NOT NULL AND @t - e.deadline > 0",
        };
        foreach (var (figure, condition) in expected)
        {
            await using var command = server.DataSource.CreateCommand(
                $"SELECT count(*)::int FROM enforcement_cases e JOIN communities c ON c.id = e.community_id WHERE c.code = @c AND {condition}");
            command.Parameters.AddWithValue("c", community);
            command.Parameters.AddWithValue("f", from);
            command.Parameters.AddWithValue("t", to);
            Assert.True((int)(await command.ExecuteScalarAsync())! == figures[figure], $"{figure}: report {figures[figure]}");
        }
    }

    [Fact]
    public async Task Layer_and_export_list_the_cases_in_scope()
    {
        var community = server.Accounts["community"].CommunityCode!;
        var own = await _api.ScalarAsync<long>("SELECT count(*) FROM enforcement_cases e JOIN communities c ON c.id = e.community_id WHERE c.code = @c", ("c", community));
        using var client = server.CreateClient("grid");
        var layer = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/layers/enforcement.geojson", UriKind.Relative))).RootElement;
        Assert.Equal(own, layer.GetProperty("features").GetArrayLength());
        var csv = (await client.GetStringAsync(new Uri("/api/exports/enforcement.csv", UriKind.Relative))).TrimStart('\uFEFF');
        var lines = csv.Split('\n').Where(l => l.Trim().Length > 0).ToList();
        Assert.StartsWith("社区,案件编号,执法类别,当事单位", lines[0], StringComparison.Ordinal);
        Assert.Equal(own, lines.Count - 1);
        using var analyst = server.CreateClient("analyst");
        using var xlsx = await analyst.GetAsync(new Uri("/api/exports/enforcement.xlsx?open=true&lang=en", UriKind.Relative));
        Assert.Equal(System.Net.HttpStatusCode.OK, xlsx.StatusCode);
    }

    private async Task<List<string>> AuditActionsAsync(long id)
    {
        await using var command = server.DataSource.CreateCommand("SELECT action FROM audit_log WHERE entity = 'enforcement_case' AND entity_id = @id ORDER BY id");
        command.Parameters.AddWithValue("id", id);
        await using var reader = await command.ExecuteReaderAsync();
        var actions = new List<string>();
        while (await reader.ReadAsync())
        {
            actions.Add(reader.GetString(0));
        }

        return actions;
    }

    private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);
}
