using System.Globalization;
using System.Net;
using System.Text.Json;
using FireMap.TestHost;

namespace FireMap.Api.Tests.FieldWork;

/// <summary>
/// The register of vulnerable residents and the door-knock visits: personal-data rules (roles, scope, audited reads,
/// redacted audit snapshots, absent from layers, exports and risk explanations for other roles), the address matched
/// through the geocoder, overdue visits in the alerts, the weekly list, and the risk factor read from the register.
/// </summary>
[Collection(FireMapServerCollection.Name)]
public sealed class VulnerableResidentTests(FireMapServerFixture server) : IAsyncLifetime
{
    private const string Save = """
        mutation($id: ID, $v: Int, $input: VulnerableResidentInput!) { saveVulnerableResident(id: $id, expectedVersion: $v, input: $input) {
            id name category buildingId gridCode visitFrequencyDays nextVisitDue overdue daysOverdue version } }
        """;

    private const string Name = "测试居民甲";

    private readonly FieldApi _api = new(server);
    private long[] _marks = [];

    public async Task InitializeAsync() => _marks = await _api.MarksAsync();

    public Task DisposeAsync() => _api.RemoveAfterAsync(_marks);

    [Theory]
    [InlineData("admin", true)]
    [InlineData("subdistrict", true)]
    [InlineData("community", true)]
    [InlineData("grid", true)]
    [InlineData("station", false)]
    [InlineData("analyst", false)]
    [InlineData("viewer", false)]
    public async Task Register_reads_are_personal_audited_and_refused_to_other_roles(string role, bool personal)
    {
        var resident = await RegisterAsync(Name);
        var reads = await ReadsAsync(role);
        var body = await _api.AsAsync(role, "query($id: ID!) { vulnerableResident(id: $id) { name phone } vulnerableResidents(first: 500) { totalCount edges { node { id } } } }",
            new { id = resident.Id });
        Assert.Equal(personal ? null : "FORBIDDEN", FieldApi.ErrorCode(body));
        if (personal)
        {
            Assert.Equal(Name, body.GetProperty("data").GetProperty("vulnerableResident").GetProperty("name").GetString());
            var listed = body.GetProperty("data").GetProperty("vulnerableResidents").GetProperty("edges").GetArrayLength();
            Assert.Equal(reads + 1 + listed, await ReadsAsync(role));
        }
        else
        {
            Assert.Equal(reads, await ReadsAsync(role));
        }

        var visit = await _api.AsAsync(role, "mutation($r: ID!) { recordVisit(input: { residentId: $r, checks: [{ item: GAS_STOVE, result: PASS }] }) { id } }",
            new { r = resident.Id });
        Assert.Equal(personal ? null : "FORBIDDEN", FieldApi.ErrorCode(visit));
        using var client = server.CreateClient(role);
        using var export = await client.GetAsync(new Uri("/api/exports/visits-weekly.csv", UriKind.Relative));
        Assert.Equal(personal ? HttpStatusCode.OK : HttpStatusCode.Forbidden, export.StatusCode);
    }

    [Fact]
    public async Task Register_is_scoped_to_the_grid_workers_grids_and_the_community()
    {
        var outside = await _api.ScalarAsync<long>("""
            SELECT b.id FROM buildings b JOIN compounds x ON x.id = b.compound_id JOIN communities c ON c.id = x.community_id
            WHERE c.code <> @c ORDER BY b.id LIMIT 1
            """, ("c", server.Accounts["community"].CommunityCode!));
        var input = Input("外区居民", outside);
        Assert.Equal("FORBIDDEN", FieldApi.ErrorCode(await _api.AsAsync("grid", Save, new { input })));
        Assert.Equal("FORBIDDEN", FieldApi.ErrorCode(await _api.AsAsync("community", Save, new { input })));
        var saved = (await _api.DataAsync("subdistrict", Save, new { input })).GetProperty("saveVulnerableResident");
        var id = saved.GetProperty("id").GetString();
        var seen = await _api.DataAsync("community", "query($id: ID!) { vulnerableResident(id: $id) { name } }", new { id });
        Assert.Equal(JsonValueKind.Null, seen.GetProperty("vulnerableResident").ValueKind);
    }

    [Fact]
    public async Task Save_matches_the_address_through_the_geocoder_or_refuses_it()
    {
        var building = await _api.BuildingInGridAsync(highRise: false);
        var address = await _api.ScalarAsync<string>("SELECT address FROM buildings WHERE id = @id", ("id", building));
        var input = new { name = "地址居民", category = "DISABLED", address };
        var saved = await _api.AsAsync("grid", Save, new { input });
        Assert.True(FieldApi.ErrorCode(saved) is null, saved.ToString());
        Assert.Equal(FieldApi.Id(building), saved.GetProperty("data").GetProperty("saveVulnerableResident").GetProperty("buildingId").GetString());

        var nowhere = await _api.AsAsync("grid", Save, new { input = new { name = "无名", category = "OTHER", address = "火星路999号" } });
        Assert.Equal("BAD_USER_INPUT", FieldApi.ErrorCode(nowhere));
        Assert.Equal("address", nowhere.GetProperty("errors")[0].GetProperty("extensions").GetProperty("argument").GetString());
    }

    [Fact]
    public async Task Changes_are_audited_with_personal_columns_redacted_and_stale_versions_refused()
    {
        var resident = await RegisterAsync(Name);
        var changed = await _api.DataAsync("community", Save, new { id = resident.Id, v = 1, input = Input("测试居民乙", resident.BuildingId) });
        Assert.Equal(2, changed.GetProperty("saveVulnerableResident").GetProperty("version").GetInt32());
        Assert.Equal("CONFLICT", FieldApi.ErrorCode(await _api.AsAsync("community", Save, new { id = resident.Id, v = 1, input = Input("丙", resident.BuildingId) })));
        var logged = await _api.ScalarAsync<string>("""
            SELECT string_agg(COALESCE(before::text, '') || after::text, ' ') FROM audit_log WHERE entity = 'vulnerable_resident' AND entity_id = @id AND after IS NOT NULL
            """, ("id", long.Parse(resident.Id, CultureInfo.InvariantCulture)));
        Assert.DoesNotContain("测试居民", logged, StringComparison.Ordinal);
        Assert.DoesNotContain("13800000000", logged, StringComparison.Ordinal);
        Assert.Contains("[personal]", logged, StringComparison.Ordinal);
        Assert.Contains("resident_name", logged, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Overdue_visit_is_an_alert_named_only_for_personal_roles_and_clears_after_a_visit()
    {
        var resident = await RegisterAsync(Name);
        await _api.ExecuteAsync("UPDATE vulnerable_residents SET registered_on = registered_on - 10 WHERE id = @id", ("id", long.Parse(resident.Id, CultureInfo.InvariantCulture)));
        const string Alerts = "{ alerts { kind days hazard { id } visit { residentId name category gridCode dueOn } } }";
        var named = (await _api.DataAsync("community", Alerts)).GetProperty("alerts").EnumerateArray()
            .Where(a => a.GetProperty("kind").GetString() == "VISIT_OVERDUE").ToList();
        var mine = named.Single(a => a.GetProperty("visit").GetProperty("residentId").GetString() == resident.Id);
        Assert.Equal(Name, mine.GetProperty("visit").GetProperty("name").GetString());
        Assert.Equal(3, mine.GetProperty("days").GetInt32());
        Assert.Equal(JsonValueKind.Null, mine.GetProperty("hazard").ValueKind);

        var anonymous = (await _api.DataAsync("viewer", Alerts)).GetProperty("alerts").EnumerateArray()
            .Where(a => a.GetProperty("kind").GetString() == "VISIT_OVERDUE").ToList();
        Assert.NotEmpty(anonymous);
        Assert.All(anonymous, a => Assert.Equal(JsonValueKind.Null, a.GetProperty("visit").GetProperty("name").ValueKind));
        Assert.All(anonymous, a => Assert.Equal(JsonValueKind.Null, a.GetProperty("visit").GetProperty("residentId").ValueKind));

        var visit = await _api.DataAsync("grid", """
            mutation($r: ID!) { recordVisit(input: { residentId: $r, notes: "正常", checks: [{ item: SMOKE_ALARM, result: FAIL, note: "电池耗尽" }, { item: WIRING, result: PASS }],
                raiseHazard: { category: ALARM_FAULT, severity: GENERAL, description: "烟感电池耗尽" } }) {
                id visitorName checks { item result } hazard { id category } resident { name lastVisitAt overdue } } }
            """, new { r = resident.Id });
        var recorded = visit.GetProperty("recordVisit");
        Assert.Equal("ALARM_FAULT", recorded.GetProperty("hazard").GetProperty("category").GetString());
        // The visit's notes describe the resident at home: personal in the audit log too.
        var logged = await _api.ScalarAsync<string>("SELECT after::text FROM audit_log WHERE entity = 'visit' AND entity_id = @id",
            ("id", long.Parse(recorded.GetProperty("id").GetString()!, CultureInfo.InvariantCulture)));
        Assert.Contains("\"notes\": \"[personal]\"", logged, StringComparison.Ordinal);
        Assert.Contains("\"personal_changed\": [\"notes\"]", logged, StringComparison.Ordinal);
        Assert.DoesNotContain("正常", logged, StringComparison.Ordinal);
        Assert.False(recorded.GetProperty("resident").GetProperty("overdue").GetBoolean());
        var after = (await _api.DataAsync("community", Alerts)).GetProperty("alerts").EnumerateArray();
        Assert.DoesNotContain(after, a => a.GetProperty("kind").GetString() == "VISIT_OVERDUE"
            && a.GetProperty("visit").GetProperty("residentId").GetString() == resident.Id);
    }

    [Fact]
    public async Task Weekly_list_of_a_grid_has_chinese_headers_and_the_due_residents()
    {
        var resident = await RegisterAsync(Name);
        await _api.ExecuteAsync("UPDATE vulnerable_residents SET registered_on = registered_on - 7 WHERE id = @id", ("id", long.Parse(resident.Id, CultureInfo.InvariantCulture)));
        using var client = server.CreateClient("grid");
        var grid = server.Accounts["grid"].GridCodes[0];
        var csv = await client.GetStringAsync(new Uri($"/api/exports/visits-weekly.csv?grid={grid}", UriKind.Relative));
        var lines = csv.TrimStart('\uFEFF').Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("社区,网格,姓名,类别,住址", lines[0], StringComparison.Ordinal);
        Assert.Contains(lines, l => l.Contains(Name, StringComparison.Ordinal) && l.Contains("独居老人", StringComparison.Ordinal));
        using var xlsx = await client.GetAsync(new Uri($"/api/exports/visits-weekly.xlsx?grid={grid}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.Content.Headers.ContentType!.MediaType);
        Assert.True(await _api.ScalarAsync<long>("SELECT count(*) FROM audit_log WHERE action = 'read_personal' AND entity = 'vulnerable_resident' AND entity_id = @id",
            ("id", long.Parse(resident.Id, CultureInfo.InvariantCulture))) >= 2);
    }

    [Fact]
    public async Task Risk_factor_counts_the_register_and_no_name_leaves_through_layers_exports_or_explanations()
    {
        var building = await _api.BuildingInGridAsync(highRise: false);
        var before = await VulnerablePointsAsync(building);
        await RegisterAsync(Name, building);
        await RegisterAsync("测试居民丁", building);
        var after = await VulnerablePointsAsync(building);
        Assert.True(after > before, $"vulnerable_residents points {before} → {after}");

        foreach (var role in new[] { "viewer", "analyst", "station" })
        {
            using var client = server.CreateClient(role);
            foreach (var path in new[] { "/api/layers/buildings.geojson", "/api/layers/uninspected.geojson", "/api/exports/hazards.csv" })
            {
                var text = await client.GetStringAsync(new Uri(path, UriKind.Relative));
                Assert.DoesNotContain("测试居民", text, StringComparison.Ordinal);
            }

            var risk = await _api.AsAsync(role, "query($id: ID!) { building(id: $id) { risk { contributions { factor chineseName englishName points } } } }",
                new { id = FieldApi.Id(building) });
            Assert.Null(FieldApi.ErrorCode(risk));
            Assert.DoesNotContain("测试居民", risk.ToString(), StringComparison.Ordinal);
        }
    }

    private async Task<double> VulnerablePointsAsync(long building)
    {
        var data = await _api.DataAsync("admin", "query($id: ID!) { building(id: $id) { risk { contributions { factor points } } } }", new { id = FieldApi.Id(building) });
        return data.GetProperty("building").GetProperty("risk").GetProperty("contributions").EnumerateArray()
            .Where(c => c.GetProperty("factor").GetString() == "vulnerable_residents").Sum(c => c.GetProperty("points").GetDouble());
    }

    private async Task<(string Id, long BuildingId)> RegisterAsync(string name, long? building = null)
    {
        var target = building ?? await _api.BuildingInGridAsync(highRise: false);
        var data = await _api.DataAsync("grid", Save, new { input = Input(name, target) });
        return (data.GetProperty("saveVulnerableResident").GetProperty("id").GetString()!, target);
    }

    private static object Input(string name, long building) => new
    {
        name, category = "ELDERLY_ALONE", address = "测试地址1号", buildingId = FieldApi.Id(building), phone = "13800000000",
        contactPerson = "家属", visitFrequencyDays = 7,
    };

    private Task<long> ReadsAsync(string role) => _api.ScalarAsync<long>(
        "SELECT count(*) FROM audit_log WHERE action = 'read_personal' AND entity = 'vulnerable_resident' AND actor = @a", ("a", server.Accounts[role].UserName));
}
