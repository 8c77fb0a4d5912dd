using System.Globalization;
using System.Text.Json;
using FireMap.Api.Tests.Accounts;
using FireMap.TestHost;

namespace FireMap.Api.Tests.Outreach;

/// <summary>
/// The outreach register against the real server: attainment of the seed's targets equals an independent SQL count per
/// basis, activities are recorded in scope with expectedVersion and audit, targets are the sub-district office's, the
/// monthly report's outreach figures equal independent counts, and the export has Chinese headers.
/// </summary>
[Collection(FireMapServerCollection.Name)]
public sealed class OutreachRegisterTests(FireMapServerFixture server)
{
    private const string Create = "mutation($input: OutreachActivityInput!) { createOutreachActivity(input: $input) { id code kind communityCode gridCode version geometry } }";

    private readonly AccountApi _api = new(server);

    [Fact]
    public async Task Attainment_of_each_target_equals_an_independent_count()
    {
        var community = server.Accounts["community"].CommunityCode!;
        var body = await _api.AsAsync("community", """
            { outreachAttainment { communityCode subjects met attained target { code basis minimum startsOn endsOn kind } } }
            """);
        Assert.Null(AccountApi.ErrorCode(body));
        var rows = body.GetProperty("data").GetProperty("outreachAttainment").EnumerateArray().ToList();
        Assert.True(rows.Count >= 4, "the demo set has the seed's four targets");
        Assert.All(rows, r => Assert.Equal(community, r.GetProperty("communityCode").GetString()));
        var today = await _api.ScalarAsync<DateTime>("SELECT (now() AT TIME ZONE 'Asia/Shanghai')::date::timestamp");
        foreach (var row in rows)
        {
            var target = row.GetProperty("target");
            var (subjects, met) = await IndependentAsync(community, target.GetProperty("basis").GetString()!.ToLowerInvariant(),
                target.GetProperty("kind").GetString()!.ToLowerInvariant(), target.GetProperty("minimum").GetInt32(),
                DateTime.Parse(target.GetProperty("startsOn").GetString()!, CultureInfo.InvariantCulture),
                Min(DateTime.Parse(target.GetProperty("endsOn").GetString()!, CultureInfo.InvariantCulture), today));
            var code = target.GetProperty("code").GetString();
            Assert.True(subjects == row.GetProperty("subjects").GetInt32(), $"{code}: subjects {row.GetProperty("subjects")} vs SQL {subjects}");
            Assert.True(met == row.GetProperty("met").GetInt32(), $"{code}: met {row.GetProperty("met")} vs SQL {met}");
            Assert.Equal(met >= subjects, row.GetProperty("attained").GetBoolean());
        }

        var other = await _api.ScalarAsync<string>("SELECT code FROM communities WHERE code <> @c ORDER BY code LIMIT 1", ("c", community));
        Assert.Equal("FORBIDDEN", AccountApi.ErrorCode(await _api.AsAsync("community", "query($c: String) { outreachAttainment(communityCode: $c) { met } }", new { c = other })));
    }

    [Fact]
    public async Task Grid_sms_is_recorded_in_the_grid_workers_grid_only_and_updates_are_versioned()
    {
        var grid = server.Accounts["grid"];
        var created = await _api.AsAsync("grid", Create, new
        {
            input = new { kind = "GRID_SMS", heldOn = "2026-12-01", communityCode = grid.CommunityCode, gridCode = grid.GridCodes[0], audience = 800, title = "短信" },
        });
        Assert.Null(AccountApi.ErrorCode(created));
        var activity = created.GetProperty("data").GetProperty("createOutreachActivity");
        Assert.Equal(grid.GridCodes[0], activity.GetProperty("gridCode").GetString());
        Assert.Equal(JsonValueKind.Null, activity.GetProperty("geometry").ValueKind);
        var id = activity.GetProperty("id").GetString();
        Assert.Equal(1L, await _api.ScalarAsync<long>("SELECT count(*) FROM audit_log WHERE entity = 'outreach_activity' AND entity_id = @id",
            ("id", long.Parse(id!, CultureInfo.InvariantCulture))));

        var otherGrid = await _api.ScalarAsync<string>("SELECT g.code FROM grids g JOIN communities c ON c.id = g.community_id WHERE c.code = @c AND g.code <> @g ORDER BY g.code LIMIT 1",
            ("c", grid.CommunityCode!), ("g", grid.GridCodes[0]));
        var before = await _api.ScalarAsync<long>("SELECT count(*) FROM outreach_activities");
        var refused = await _api.AsAsync("grid", Create, new { input = new { kind = "GRID_SMS", heldOn = "2026-12-01", communityCode = grid.CommunityCode, gridCode = otherGrid } });
        Assert.Equal("FORBIDDEN", AccountApi.ErrorCode(refused));
        Assert.Equal("FORBIDDEN", AccountApi.ErrorCode(await _api.AsAsync("viewer", Create, new { input = new { kind = "DRILL", heldOn = "2026-12-01", communityCode = grid.CommunityCode } })));
        Assert.Equal("BAD_USER_INPUT", AccountApi.ErrorCode(await _api.AsAsync("admin", Create, new { input = new { kind = "DRILL", heldOn = "2099-01-01", communityCode = grid.CommunityCode } })));
        Assert.Equal(before, await _api.ScalarAsync<long>("SELECT count(*) FROM outreach_activities"));

        const string update = "mutation($id: ID!, $v: Int!) { updateOutreachActivity(id: $id, expectedVersion: $v, input: { audience: 900 }) { audience version } }";
        Assert.Equal("CONFLICT", AccountApi.ErrorCode(await _api.AsAsync("grid", update, new { id, v = 5 })));
        var updated = await _api.AsAsync("grid", update, new { id, v = 1 });
        Assert.Equal(900, updated.GetProperty("data").GetProperty("updateOutreachActivity").GetProperty("audience").GetInt32());
    }

    [Fact]
    public async Task Targets_are_saved_by_the_sub_district_office_with_expected_version()
    {
        const string save = """
            mutation($v: Int!, $min: Int!) { saveOutreachTarget(code: "test-drills", expectedVersion: $v,
                input: { kind: DRILL, basis: COMMUNITY, minimum: $min, startsOn: "2026-12-01", endsOn: "2027-03-31", description: "测试" }) { code minimum version } }
            """;
        Assert.Equal("FORBIDDEN", AccountApi.ErrorCode(await _api.AsAsync("community", save, new { v = 0, min = 1 })));
        var existing = await _api.ScalarAsync<long>("SELECT count(*) FROM outreach_targets WHERE code = 'test-drills'");
        var version = existing == 0 ? 0 : await _api.ScalarAsync<int>("SELECT version FROM outreach_targets WHERE code = 'test-drills'");
        var saved = await _api.AsAsync("subdistrict", save, new { v = version, min = 2 });
        Assert.Null(AccountApi.ErrorCode(saved));
        Assert.Equal(version + 1, saved.GetProperty("data").GetProperty("saveOutreachTarget").GetProperty("version").GetInt32());
        Assert.Equal("CONFLICT", AccountApi.ErrorCode(await _api.AsAsync("subdistrict", save, new { v = version, min = 3 })));
        Assert.Equal("BAD_USER_INPUT", AccountApi.ErrorCode(await _api.AsAsync("subdistrict", save, new { v = version + 1, min = 0 })));
        await using var clean = server.DataSource.CreateCommand("DELETE FROM outreach_targets WHERE code = 'test-drills'");
        await clean.ExecuteNonQueryAsync();
    }

    [Fact]
    public async Task Monthly_report_outreach_figures_equal_independent_counts()
    {
        var community = server.Accounts["community"].CommunityCode!;
        var report = await _api.AsAsync("subdistrict", """
            query($c: String!, $m: String!) { monthlyReport(communityCode: $c, month: $m) { from to figures { section figure value rows { code } } } }
            """, new { c = community, m = "2026-12" });
        Assert.Null(AccountApi.ErrorCode(report));
        var r = report.GetProperty("data").GetProperty("monthlyReport");
        var from = DateTime.Parse(r.GetProperty("from").GetString()!, CultureInfo.InvariantCulture);
        var to = DateTime.Parse(r.GetProperty("to").GetString()!, CultureInfo.InvariantCulture);
        var figures = r.GetProperty("figures").EnumerateArray().Where(f => f.GetProperty("section").GetString() == "OUTREACH")
            .ToDictionary(f => f.GetProperty("figure").GetString()!, f => f.GetProperty("value").GetInt32());
        var held = await _api.ScalarAsync<long>("""
            SELECT count(*) FROM outreach_activities a JOIN communities c ON c.id = a.community_id WHERE c.code = @c AND a.held_on >= @f AND a.held_on <= @t
            """, ("c", community), ("f", from), ("t", to));
        Assert.True(held > 0, "the demo set has activities in this report's period");
        Assert.Equal(held, figures["OUTREACH_ACTIVITIES"]);
        var inForce = await _api.ScalarAsync<long>("SELECT count(*) FROM outreach_targets WHERE starts_on <= @t AND ends_on >= @f", ("f", from), ("t", to));
        Assert.Equal(inForce, figures["OUTREACH_TARGETS_MET"] + figures["OUTREACH_TARGETS_UNMET"]);
    }

    [Fact]
    public async Task Export_has_chinese_headers_and_the_activities_in_scope()
    {
        var community = server.Accounts["community"].CommunityCode!;
        using var client = server.CreateClient("community");
        var csv = (await client.GetStringAsync(new Uri("/api/exports/outreach.csv", UriKind.Relative))).TrimStart('\uFEFF');
        var lines = csv.Split('\n').Where(l => l.Trim().Length > 0).ToList();
        Assert.StartsWith("社区,网格,活动编号,活动类别,日期", lines[0], StringComparison.Ordinal);
        Assert.Equal(await _api.ScalarAsync<long>("SELECT count(*) FROM outreach_activities a JOIN communities c ON c.id = a.community_id WHERE c.code = @c", ("c", community)),
            lines.Count - 1);
        var layer = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/layers/outreach.geojson", UriKind.Relative))).RootElement;
        Assert.Equal(await _api.ScalarAsync<long>("""
            SELECT count(*) FROM outreach_activities a JOIN communities c ON c.id = a.community_id WHERE c.code = @c AND a.geom IS NOT NULL
            """, ("c", community)), layer.GetProperty("features").GetArrayLength());
    }

    // Written per basis with GROUP BY rather than the service's correlated counts.
    private async Task<(int Subjects, int Met)> IndependentAsync(string community, string basis, string kind, int minimum, DateTime from, DateTime until)
    {
        var activities = "SELECT a.* FROM outreach_activities a WHERE a.kind = @k AND a.held_on >= @f AND a.held_on <= @u";
        var (subjects, met) = basis switch
        {
            "community" => ("SELECT 1", $"SELECT CASE WHEN count(*) >= @m THEN 1 ELSE 0 END FROM ({activities}) a JOIN communities c ON c.id = a.community_id WHERE c.code = @c"),
            "unit" or "key_unit" => ($"SELECT count(*) FROM units u JOIN communities c ON c.id = u.community_id WHERE c.code = @c {(basis == "key_unit" ? "AND u.is_key_unit" : "")}",
                $"""
                SELECT count(*) FROM (SELECT a.unit_id FROM ({activities}) a JOIN units u ON u.id = a.unit_id JOIN communities c ON c.id = u.community_id
                                      WHERE c.code = @c {(basis == "key_unit" ? "AND u.is_key_unit" : "")} GROUP BY a.unit_id HAVING count(*) >= @m) x
                """),
            "grid" => ("SELECT count(*) FROM grids g JOIN communities c ON c.id = g.community_id WHERE c.code = @c",
                $"SELECT count(*) FROM (SELECT a.grid_id FROM ({activities}) a JOIN grids g ON g.id = a.grid_id JOIN communities c ON c.id = g.community_id WHERE c.code = @c GROUP BY a.grid_id HAVING count(*) >= @m) x"),
            _ => ("SELECT count(*) * ((extract(year FROM @u) * 12 + extract(month FROM @u)) - (extract(year FROM @f) * 12 + extract(month FROM @f)) + 1) FROM grids g JOIN communities c ON c.id = g.community_id WHERE c.code = @c",
                $"SELECT count(*) FROM (SELECT a.grid_id, to_char(a.held_on, 'YYYY-MM') FROM ({activities}) a JOIN grids g ON g.id = a.grid_id JOIN communities c ON c.id = g.community_id WHERE c.code = @c GROUP BY 1, 2 HAVING count(*) >= @m) x"),
        };
        return (Convert.ToInt32(await ScalarAsync(subjects), CultureInfo.InvariantCulture), Convert.ToInt32(await ScalarAsync(met), CultureInfo.InvariantCulture));

        async Task<object> ScalarAsync(string sql)
        {
            await using var command = server.DataSource.CreateCommand(sql);
            command.Parameters.AddWithValue("c", community);
            command.Parameters.AddWithValue("k", kind);
            command.Parameters.AddWithValue("m", minimum);
            command.Parameters.AddWithValue("f", DateOnly.FromDateTime(from));
            command.Parameters.AddWithValue("u", DateOnly.FromDateTime(until));
            return (await command.ExecuteScalarAsync())!;
        }
    }

    private static DateTime Min(DateTime a, DateTime b) => a < b ? a : b;
}
