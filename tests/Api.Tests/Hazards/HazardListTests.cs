using System.Globalization;
using System.Net;
using System.Text.Json;
using FireMap.TestHost;

namespace FireMap.Api.Tests.Hazards;

/// <summary>The hazard list, its summary, scope, alerts, the nodes' hazards, the map layer and the export.</summary>
[Collection(FireMapServerCollection.Name)]
public sealed class HazardListTests(FireMapServerFixture server) : IAsyncLifetime
{
    private const string ListSummary = """
        query($filter: HazardFilter) {
          hazards(filter: $filter, first: 500) {
            totalCount
            edges { node { id communityCode status severity overdue supervised } }
            summary { total overdue supervised byStatus { status count } bySeverity { severity count } }
          }
        }
        """;

    private readonly HazardApi _api = new(server);
    private long _maxId;

    public async Task InitializeAsync() => _maxId = await _api.MaxIdAsync();

    public Task DisposeAsync() => _api.RemoveAfterAsync(_maxId);

    [Fact]
    public async Task Hazards_demo_list_has_every_stored_hazard_and_summary_equals_list_counts()
    {
        var list = (await _api.DataAsync("admin", ListSummary)).GetProperty("hazards");
        var nodes = list.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node")).ToList();

        Assert.Equal(await _api.ScalarAsync<long>("SELECT count(*) FROM hazards"), list.GetProperty("totalCount").GetInt32());
        AssertSummaryMatches(list.GetProperty("summary"), nodes);
        Assert.True(list.GetProperty("summary").GetProperty("overdue").GetInt32() > 0, "the demo set has overdue hazards");
    }

    [Theory]
    [InlineData("community")]
    [InlineData("grid")]
    public async Task Hazards_scoped_roles_see_their_community_only(string role)
    {
        var community = server.Accounts[role].CommunityCode!;
        var list = (await _api.DataAsync(role, ListSummary)).GetProperty("hazards");
        var nodes = list.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node")).ToList();

        Assert.NotEmpty(nodes);
        Assert.All(nodes, n => Assert.Equal(community, n.GetProperty("communityCode").GetString()));
        Assert.Equal(await _api.ScalarAsync<long>("SELECT count(*) FROM hazards h JOIN communities c ON c.id = h.community_id WHERE c.code = @c", ("c", community)),
            list.GetProperty("totalCount").GetInt32());
        AssertSummaryMatches(list.GetProperty("summary"), nodes);

        var other = await _api.ScalarAsync<long>("SELECT h.id FROM hazards h JOIN communities c ON c.id = h.community_id WHERE c.code <> @c ORDER BY h.id LIMIT 1", ("c", community));
        var hazard = await _api.DataAsync(role, "query($id: ID!) { hazard(id: $id) { id } }", new { id = HazardApi.Id(other) });
        Assert.Equal(JsonValueKind.Null, hazard.GetProperty("hazard").ValueKind);
    }

    [Fact]
    public async Task Hazards_filter_by_status_severity_overdue_supervised_agrees_with_sql()
    {
        var filter = new { status = new[] { "FOUND", "RECTIFYING" }, overdue = true };
        var list = (await _api.DataAsync("admin", ListSummary, new { filter })).GetProperty("hazards");
        var expected = await _api.ScalarAsync<long>(
            "SELECT count(*) FROM hazards WHERE status IN ('found', 'rectifying') AND deadline < (now() AT TIME ZONE 'Asia/Shanghai')::date");
        Assert.Equal(expected, list.GetProperty("totalCount").GetInt32());
        Assert.All(list.GetProperty("edges").EnumerateArray(), e => Assert.True(e.GetProperty("node").GetProperty("overdue").GetBoolean()));

        var supervised = (await _api.DataAsync("admin", ListSummary, new { filter = new { supervised = true, severity = new[] { "MAJOR" } } })).GetProperty("hazards");
        Assert.Equal(await _api.ScalarAsync<long>("SELECT count(*) FROM hazards WHERE supervised AND severity = 'major'"), supervised.GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task Hazards_paging_by_cursor_visits_every_hazard_once()
    {
        var seen = new List<string>();
        string? after = null;
        do
        {
            var page = (await _api.DataAsync("admin", "query($after: String) { hazards(first: 50, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } } }",
                new { after })).GetProperty("hazards");
            seen.AddRange(page.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("id").GetString()!));
            after = page.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean() ? page.GetProperty("pageInfo").GetProperty("endCursor").GetString() : null;
        }
        while (after is not null);

        Assert.Equal(await _api.ScalarAsync<long>("SELECT count(*) FROM hazards"), seen.Count);
        Assert.Equal(seen.Count, seen.Distinct().Count());
    }

    [Fact]
    public async Task Alerts_list_overdue_due_soon_and_supervised_overdue_in_scope()
    {
        var building = await _api.BuildingInGridAsync();
        var today = await _api.ScalarAsync<DateOnly>("SELECT (now() AT TIME ZONE 'Asia/Shanghai')::date");
        var dueSoon = await _api.ReportOnAsync("community", "building", building, deadline: today.AddDays(2).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        var late = await _api.ReportAsync("community", new
        {
            subjectType = "BUILDING", subjectId = HazardApi.Id(building), category = "OTHER", severity = "MAJOR", description = "逾期（测试）",
            responsibleUnit = "u", foundOn = today.AddDays(-20).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            deadline = today.AddDays(-5).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        });

        var alerts = (await _api.DataAsync("community", "{ alerts { kind days hazard { id communityCode overdue daysOverdue } } }")).GetProperty("alerts").EnumerateArray()
            .Where(a => a.GetProperty("hazard").ValueKind != JsonValueKind.Null).ToList(); // the other features' alerts (visits, deadlines) have none

        Assert.All(alerts, a => Assert.Equal(server.Accounts["community"].CommunityCode, a.GetProperty("hazard").GetProperty("communityCode").GetString()));
        var soon = Assert.Single(alerts, a => a.GetProperty("hazard").GetProperty("id").GetString() == dueSoon.GetProperty("id").GetString());
        Assert.Equal(("DUE_SOON", 2), (soon.GetProperty("kind").GetString(), soon.GetProperty("days").GetInt32()));
        var overdue = Assert.Single(alerts, a => a.GetProperty("hazard").GetProperty("id").GetString() == late.GetProperty("id").GetString());
        Assert.Equal(("SUPERVISED_OVERDUE", 5), (overdue.GetProperty("kind").GetString(), overdue.GetProperty("days").GetInt32()));
        Assert.Equal(5, overdue.GetProperty("hazard").GetProperty("daysOverdue").GetInt32());
        Assert.Equal("SUPERVISED_OVERDUE", alerts[0].GetProperty("kind").GetString());
        var expected = await _api.ScalarAsync<long>("""
            SELECT count(*) FROM hazards h JOIN communities c ON c.id = h.community_id
            WHERE c.code = @c AND h.status <> 'closed' AND h.deadline <= (now() AT TIME ZONE 'Asia/Shanghai')::date + 3
            """, ("c", server.Accounts["community"].CommunityCode!));
        Assert.Equal(expected, alerts.Count);
    }

    [Fact]
    public async Task Compound_building_and_place_list_their_hazards()
    {
        var building = await _api.BuildingInGridAsync();
        var hazard = await _api.ReportOnAsync("admin", "building", building);
        var compound = hazard.GetProperty("compoundId").GetString();

        var data = await _api.DataAsync("admin", "query($b: ID!, $c: ID!) { building(id: $b) { hazards { id } } compound(id: $c) { hazards { id } } }",
            new { b = HazardApi.Id(building), c = compound });

        Assert.Contains(data.GetProperty("building").GetProperty("hazards").EnumerateArray(), h => h.GetProperty("id").GetString() == hazard.GetProperty("id").GetString());
        var compoundHazards = data.GetProperty("compound").GetProperty("hazards").EnumerateArray().Select(h => h.GetProperty("id").GetString()).ToList();
        Assert.Contains(hazard.GetProperty("id").GetString(), compoundHazards);
        Assert.Equal(await _api.ScalarAsync<long>("SELECT count(*) FROM hazards WHERE compound_id = @c", ("c", long.Parse(compound!, CultureInfo.InvariantCulture))), compoundHazards.Count);
    }

    [Fact]
    public async Task Layer_and_export_carry_the_hazards_in_scope()
    {
        using var client = server.CreateClient("community");
        using var layer = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/layers/hazards.geojson", UriKind.Relative)));
        var community = server.Accounts["community"].CommunityCode!;
        var inScope = await _api.ScalarAsync<long>("SELECT count(*) FROM hazards h JOIN communities c ON c.id = h.community_id WHERE c.code = @c", ("c", community));
        Assert.Equal(inScope, layer.RootElement.GetProperty("features").GetArrayLength());

        using var csv = await client.GetAsync(new Uri("/api/exports/hazards.csv?lang=en", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        var lines = (await csv.Content.ReadAsStringAsync()).TrimStart('\uFEFF').Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("Community,Compound,Code,", lines[0], StringComparison.Ordinal);
        Assert.Equal(inScope, lines.Length - 1);

        using var xlsx = await client.GetAsync(new Uri("/api/exports/hazards.xlsx", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.Content.Headers.ContentType!.MediaType);
    }

    private static void AssertSummaryMatches(JsonElement summary, List<JsonElement> nodes)
    {
        Assert.Equal(nodes.Count, summary.GetProperty("total").GetInt32());
        Assert.Equal(nodes.Count(n => n.GetProperty("overdue").GetBoolean()), summary.GetProperty("overdue").GetInt32());
        Assert.Equal(nodes.Count(n => n.GetProperty("supervised").GetBoolean()), summary.GetProperty("supervised").GetInt32());
        foreach (var s in summary.GetProperty("byStatus").EnumerateArray())
        {
            Assert.Equal(nodes.Count(n => n.GetProperty("status").GetString() == s.GetProperty("status").GetString()), s.GetProperty("count").GetInt32());
        }

        foreach (var s in summary.GetProperty("bySeverity").EnumerateArray())
        {
            Assert.Equal(nodes.Count(n => n.GetProperty("severity").GetString() == s.GetProperty("severity").GetString()), s.GetProperty("count").GetInt32());
        }
    }
}
