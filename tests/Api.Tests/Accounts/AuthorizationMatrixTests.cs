using System.Globalization;
using System.Net;
using System.Text.Json;
using FireMap.TestHost;

namespace FireMap.Api.Tests.Accounts;

/// <summary>
/// The authorization matrix against the real server: each role × each kind of operation × an object
/// inside or outside the role's scope. "ok" means the operation ran; "forbidden" that it was refused
/// with FORBIDDEN (or 403) and changed nothing.
/// </summary>
[Collection(FireMapServerCollection.Name)]
public sealed class AuthorizationMatrixTests(FireMapServerFixture server)
{
    private const string Report = "mutation($lane: ID!) { reportBlockage(input: { laneId: $lane, cause: STALL, remainingWidthMeters: 3.5 }) { id } }";
    private const string Clear = "mutation($id: ID!) { clearBlockage(id: $id) { id active } }";

    private readonly AccountApi _api = new(server);

    public static TheoryData<string, bool, bool, bool, bool, bool, bool, bool> Matrix => new()
    {
        // role,        personal, report in, report out, clear in, analyse, import, users
        { "admin",       true,     true,      true,       true,     true,    true,   true },
        { "subdistrict", true,     true,      true,       true,     true,    false,  false },
        { "community",   true,     true,      false,      true,     false,   false,  false },
        { "grid",        true,     true,      false,      true,     false,   false,  false },
        { "station",     false,    true,      true,       false,    false,   false,  false },
        { "analyst",     false,    false,     false,      false,    true,    false,  false },
        { "viewer",      false,    false,     false,      false,    false,   false,  false },
    };

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Role_may_do_what_the_matrix_says_and_nothing_else(string role, bool personal, bool reportIn, bool reportOut, bool clearIn,
        bool analyse, bool import, bool users)
    {
        // Read: every role reads non-personal data, drive-time coverage included.
        Assert.Null(AccountApi.ErrorCode(await _api.AsAsync(role, "{ buildings(first: 1) { totalCount } }")));
        using (var client = server.CreateClient(role))
        using (var schema = await client.GetAsync(new Uri("/graphql/schema.graphql", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.OK, schema.StatusCode);
        }

        var station = Id(await _api.ScalarAsync<long>("SELECT id FROM stations WHERE kind = 'micro_station' ORDER BY id LIMIT 1"));
        Assert.Null(AccountApi.ErrorCode(await _api.AsAsync(role, """
            query($s: ID!) { coverage(minutes: 3, first: 1) { buildingsOutside } stationCoverage(stationId: $s, minutes: 3) { nodes } }
            """, new { s = station })));

        // Personal: the chief of a building inside every scoped role's scope (the grid worker's grid).
        var building = Id(await _api.ScalarAsync<long>($"""
            SELECT b.id FROM buildings b JOIN compounds x ON x.id = b.compound_id JOIN grids g ON g.id = x.grid_id
            WHERE g.code = @grid ORDER BY b.id LIMIT 1
            """, ("grid", GridCode)));
        var audits = await CountPersonalReadsAsync(role);
        var chief = await _api.AsAsync(role, "query($id: ID!) { building(id: $id) { name chief { name phone } } }", new { id = building });
        Assert.Equal(personal ? null : "FORBIDDEN", AccountApi.ErrorCode(chief));
        Assert.Equal(JsonValueKind.String, chief.GetProperty("data").GetProperty("building").GetProperty("name").ValueKind); // the rest stays
        Assert.Equal(audits + (personal ? 1 : 0), await CountPersonalReadsAsync(role));

        // Blockages: report inside and outside the scope, clear inside.
        await ExpectWriteAsync(role, await LaneInGridAsync(), reportIn, clearIn);
        await ExpectWriteAsync(role, await LaneOutsideCommunityAsync(), reportOut, clearIn: null);

        // Analyse: a what-if runs for the analysing roles; recompute is refused before it runs for the others.
        var compound = Id(await _api.ScalarAsync<long>("SELECT id FROM compounds ORDER BY id LIMIT 1"));
        var whatIf = await _api.AsAsync(role, "query($id: ID!) { riskWhatIf(compoundId: $id) { compoundId } }", new { id = compound });
        Assert.Equal(analyse ? null : "FORBIDDEN", AccountApi.ErrorCode(whatIf));
        if (!analyse)
        {
            var runs = await _api.ScalarAsync<long>("SELECT count(*) FROM risk_runs");
            Assert.Equal("FORBIDDEN", AccountApi.ErrorCode(await _api.AsAsync(role, "mutation { recomputeRisk { id } }")));
            Assert.Equal(runs, await _api.ScalarAsync<long>("SELECT count(*) FROM risk_runs"));
        }

        // Import: only the administrator gets past the rule (an empty upload is then bad input).
        using (var client = server.CreateClient(role))
        using (var form = new MultipartFormDataContent())
        {
            client.DefaultRequestHeaders.Add("X-FireMap-Request", "1");
            using var response = await client.PostAsync(new Uri("/api/imports", UriKind.Relative), form);
            Assert.Equal(import ? HttpStatusCode.BadRequest : HttpStatusCode.Forbidden, response.StatusCode);
            using var layer = await client.PostAsync(new Uri("/api/imports/stations?dryRun=true", UriKind.Relative), form);
            Assert.Equal(import ? HttpStatusCode.BadRequest : HttpStatusCode.Forbidden, layer.StatusCode);
            using var mappings = await client.GetAsync(new Uri("/api/imports/mappings", UriKind.Relative));
            Assert.Equal(import ? HttpStatusCode.OK : HttpStatusCode.Forbidden, mappings.StatusCode);
            using var layers = await client.GetAsync(new Uri("/api/imports/layers", UriKind.Relative));
            Assert.Equal(import ? HttpStatusCode.OK : HttpStatusCode.Forbidden, layers.StatusCode);
        }

        // Users: only the administrator lists them.
        Assert.Equal(users ? null : "FORBIDDEN", AccountApi.ErrorCode(await _api.AsAsync(role, "{ users { userName } }")));

        // Exports: every role may export; scoped roles get their community only.
        using (var client = server.CreateClient(role))
        using (var response = await client.GetAsync(new Uri("/api/exports/blockages.csv?active=false", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        using (var client = server.CreateClient(role))
        using (var response = await client.GetAsync(new Uri("/api/exports/layers/stations.geojson", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }

    public static TheoryData<string, bool, bool> FieldWorkMatrix => new()
    {
        // role,        inspect in scope (operate), register and visits (personal)
        { "admin",       true,  true },
        { "subdistrict", true,  true },
        { "community",   true,  true },
        { "grid",        true,  true },
        { "station",     false, false },
        { "analyst",     false, false },
        { "viewer",      false, false },
    };

    [Theory]
    [MemberData(nameof(FieldWorkMatrix))]
    public async Task Role_may_do_the_field_work_the_matrix_says(string role, bool inspect, bool personal)
    {
        // Read: every role reads checklists, inspections and coverage.
        Assert.Null(AccountApi.ErrorCode(await _api.AsAsync(role,
            "{ inspectionChecklists { code } inspections(first: 1) { totalCount } inspectionCoverage(period: { from: \"2026-01-01\", to: \"2026-01-31\" }) { total } }")));

        // Inspect (operate): a building in the grid worker's grid, inside every scoped role's scope.
        var building = Id(await _api.ScalarAsync<long>("""
            SELECT b.id FROM buildings b JOIN compounds x ON x.id = b.compound_id JOIN grids g ON g.id = x.grid_id
            WHERE g.code = @grid AND NOT b.is_high_rise ORDER BY b.id LIMIT 1
            """, ("grid", GridCode)));
        var inspections = await _api.ScalarAsync<long>("SELECT count(*) FROM inspections");
        var lastInspection = await _api.ScalarAsync<long>("SELECT COALESCE(max(id), 0) FROM inspections");
        var recorded = await _api.AsAsync(role, """
            mutation($b: ID!) { recordInspection(input: { subjectType: BUILDING, subjectId: $b, kind: ROUTINE, items: [{ code: "exits", result: PASS }] }) { id } }
            """, new { b = building });
        Assert.Equal(inspect ? null : "FORBIDDEN", AccountApi.ErrorCode(recorded));
        Assert.Equal(inspections + (inspect ? 1 : 0), await _api.ScalarAsync<long>("SELECT count(*) FROM inspections"));

        // Personal: the register (audited reads), visits and the weekly list.
        var audits = await _api.ScalarAsync<long>("SELECT count(*) FROM audit_log WHERE action = 'read_personal' AND entity = 'vulnerable_resident' AND actor = @a",
            ("a", server.Accounts[role].UserName));
        var register = await _api.AsAsync(role, "{ vulnerableResidents(first: 5) { edges { node { id name } } } visits(first: 1) { totalCount } }");
        Assert.Equal(personal ? null : "FORBIDDEN", AccountApi.ErrorCode(register));
        var read = personal ? register.GetProperty("data").GetProperty("vulnerableResidents").GetProperty("edges").GetArrayLength() : 0;
        Assert.Equal(audits + read, await _api.ScalarAsync<long>(
            "SELECT count(*) FROM audit_log WHERE action = 'read_personal' AND entity = 'vulnerable_resident' AND actor = @a", ("a", server.Accounts[role].UserName)));
        using var client = server.CreateClient(role);
        using var weekly = await client.GetAsync(new Uri("/api/exports/visits-weekly.csv", UriKind.Relative));
        Assert.Equal(personal ? HttpStatusCode.OK : HttpStatusCode.Forbidden, weekly.StatusCode);

        await _api.ScalarAsync<long>("WITH gone AS (DELETE FROM inspections WHERE id > @max RETURNING 1) SELECT count(*) FROM gone", ("max", lastInspection));
    }

    [Theory]
    [InlineData("community")]
    [InlineData("grid")]
    public async Task Scoped_role_lists_layers_exports_and_rankings_of_its_community_only(string role)
    {
        var community = server.Accounts[role].CommunityCode!;
        var all = await _api.ScalarAsync<long>("SELECT count(*) FROM compounds");
        var own = await _api.ScalarAsync<long>("SELECT count(*) FROM compounds x JOIN communities c ON c.id = x.community_id WHERE c.code = @c", ("c", community));
        Assert.True(own < all, "the demo data need compounds in more than one community");

        var listed = await _api.AsAsync(role, "{ compounds(first: 500) { totalCount edges { node { communityCode } } } }");
        var compounds = listed.GetProperty("data").GetProperty("compounds");
        Assert.Equal(own, compounds.GetProperty("totalCount").GetInt64());
        Assert.All(compounds.GetProperty("edges").EnumerateArray(), e => Assert.Equal(community, e.GetProperty("node").GetProperty("communityCode").GetString()));

        using var client = server.CreateClient(role);
        var layer = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/layers/compounds.geojson", UriKind.Relative))).RootElement;
        Assert.Equal(own, layer.GetProperty("features").GetArrayLength());
        var export = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/exports/layers/compounds.geojson", UriKind.Relative))).RootElement;
        Assert.Equal(own, export.GetProperty("features").GetArrayLength());
        Assert.All(export.GetProperty("features").EnumerateArray(),
            f => Assert.Equal(community, f.GetProperty("properties").GetProperty("community_code").GetString()));

        // The vector tiles follow the same scope: the z10 tile holding the sub-district has the role's compounds only.
        var x = await _api.ScalarAsync<int>("SELECT floor((ST_X(ST_Centroid(ST_Collect(geom))) + 180) / 360 * 1024)::int FROM compounds");
        var y = await _api.ScalarAsync<int>("""
            SELECT floor((1 - ln(tan(radians(ST_Y(c))) + 1 / cos(radians(ST_Y(c)))) / pi()) / 2 * 1024)::int
            FROM (SELECT ST_Centroid(ST_Collect(geom)) AS c FROM compounds) p
            """);
        using var stream = new MemoryStream(await client.GetByteArrayAsync(new Uri($"/api/tiles/compounds/10/{x}/{y}.mvt", UriKind.Relative)));
        var tile = new NetTopologySuite.IO.VectorTiles.Mapbox.MapboxTileReader().Read(stream, new NetTopologySuite.IO.VectorTiles.Tiles.Tile(x, y, 10));
        Assert.Equal(own, Assert.Single(tile.Layers).Features.Count);

        await WaitForRiskRunAsync();
        var ranking = await _api.AsAsync(role, "{ compoundRanking(first: 500) { totalCount } }");
        Assert.Null(AccountApi.ErrorCode(ranking));
        Assert.Equal(own, ranking.GetProperty("data").GetProperty("compoundRanking").GetProperty("totalCount").GetInt64());

        var other = await _api.ScalarAsync<string>("SELECT code FROM communities WHERE code <> @c ORDER BY code LIMIT 1", ("c", community));
        var refused = await _api.AsAsync(role, "query($c: String) { compoundRanking(first: 5, communityCode: $c) { totalCount } }", new { c = other });
        Assert.Equal("FORBIDDEN", AccountApi.ErrorCode(refused));

        var csv = await client.GetStringAsync(new Uri("/api/exports/blockages.csv?active=false", UriKind.Relative));
        var names = await CommunityNamesAsync();
        var ownName = names[community];
        Assert.All(csv.Split('\n').Skip(1).Where(l => l.Trim().Length > 0), line => Assert.StartsWith(ownName, line.TrimStart('\uFEFF'), StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("community")]
    [InlineData("grid")]
    public async Task Scoped_role_counts_coverage_of_its_community_only(string role)
    {
        var community = server.Accounts[role].CommunityCode!;
        var all = await _api.ScalarAsync<long>("SELECT count(*) FROM buildings");
        var own = await _api.ScalarAsync<long>("SELECT count(*) FROM buildings b JOIN communities c ON c.id = b.community_id WHERE c.code = @c", ("c", community));
        Assert.True(own < all, "the demo data need buildings in more than one community");
        const string Coverage = "query($c: String) { coverage(minutes: 5, communityCode: $c, first: 0) { buildings } }";

        // Without a community the scope narrows the answer; naming its own community gives the same answer.
        foreach (var code in new[] { null, community })
        {
            var answer = await _api.AsAsync(role, Coverage, new { c = code });
            Assert.Null(AccountApi.ErrorCode(answer));
            Assert.Equal(own, answer.GetProperty("data").GetProperty("coverage").GetProperty("buildings").GetInt64());
        }

        var everywhere = await _api.AsAsync("admin", Coverage, new { c = (string?)null });
        Assert.Equal(all, everywhere.GetProperty("data").GetProperty("coverage").GetProperty("buildings").GetInt64());

        var other = await _api.ScalarAsync<string>("SELECT code FROM communities WHERE code <> @c ORDER BY code LIMIT 1", ("c", community));
        Assert.Equal("FORBIDDEN", AccountApi.ErrorCode(await _api.AsAsync(role, Coverage, new { c = other })));
        var whatIf = await _api.AsAsync(role, """
            query($c: String) { coverageWhatIf(point: {lon: 106.48, lat: 29.48}, minutes: 3, communityCode: $c) { buildingsNewlyCovered } }
            """, new { c = other });
        Assert.Equal("FORBIDDEN", AccountApi.ErrorCode(whatIf));
    }

    // The registers of units, outreach and enforcement: reads for all, the unit contacts under personal, activities
    // under operate (in the grid worker's grid), cases under enforce, targets under campaign.
    [Theory]
    [InlineData("admin", true, true, true, true)]
    [InlineData("subdistrict", true, true, true, true)]
    [InlineData("community", true, true, true, false)]
    [InlineData("grid", true, true, false, false)]
    [InlineData("station", false, false, false, false)]
    [InlineData("analyst", false, false, false, false)]
    [InlineData("viewer", false, false, false, false)]
    public async Task Registers_follow_the_matrix(string role, bool personal, bool operate, bool enforce, bool campaign)
    {
        var grid = server.Accounts["grid"];
        foreach (var read in new[] { "{ units(first: 1) { totalCount } }", "{ outreachActivities(first: 1) { totalCount } }",
                     "{ enforcementCases(first: 1) { totalCount } }", "{ outreachAttainment { met } }", "{ enforcementClearance { open } }" })
        {
            Assert.Null(AccountApi.ErrorCode(await _api.AsAsync(role, read)));
        }

        var unit = await _api.ScalarAsync<long>("""
            SELECT u.id FROM units u JOIN grids g ON g.id = u.grid_id WHERE g.code = @g ORDER BY u.id LIMIT 1
            """, ("g", grid.GridCodes[0]));
        var contacts = await _api.AsAsync(role, "query($id: ID!) { unit(id: $id) { contacts { managerName } } }", new { id = Id(unit) });
        Assert.Equal(personal ? null : "FORBIDDEN", AccountApi.ErrorCode(contacts));

        var activities = await _api.ScalarAsync<long>("SELECT count(*) FROM outreach_activities");
        var recorded = await _api.AsAsync(role, "mutation($u: ID!) { createOutreachActivity(input: { kind: THREE_REMINDERS, heldOn: \"2026-12-01\", unitId: $u }) { id } }",
            new { u = Id(unit) });
        Assert.Equal(operate ? null : "FORBIDDEN", AccountApi.ErrorCode(recorded));
        Assert.Equal(activities + (operate ? 1 : 0), await _api.ScalarAsync<long>("SELECT count(*) FROM outreach_activities"));

        var cases = await _api.ScalarAsync<long>("SELECT count(*) FROM enforcement_cases");
        var opened = await _api.AsAsync(role, "mutation($u: ID!) { openEnforcementCase(input: { kind: INTERVIEW, unitId: $u }) { id } }", new { u = Id(unit) });
        Assert.Equal(enforce ? null : "FORBIDDEN", AccountApi.ErrorCode(opened));
        Assert.Equal(cases + (enforce ? 1 : 0), await _api.ScalarAsync<long>("SELECT count(*) FROM enforcement_cases"));
        if (enforce)
        {
            // Leave the community's clearance as it was.
            await using var clean = server.DataSource.CreateCommand("DELETE FROM enforcement_cases WHERE id = @id");
            clean.Parameters.AddWithValue("id", long.Parse(opened.GetProperty("data").GetProperty("openEnforcementCase").GetProperty("id").GetString()!, CultureInfo.InvariantCulture));
            await clean.ExecuteNonQueryAsync();
        }

        var target = await _api.AsAsync(role, """
            mutation { saveOutreachTarget(code: "matrix-probe", expectedVersion: 0,
                input: { kind: DRILL, basis: COMMUNITY, minimum: 1, startsOn: "2026-12-01", endsOn: "2026-12-02" }) { id } }
            """);
        Assert.Equal(campaign ? null : "FORBIDDEN", AccountApi.ErrorCode(target));
        await using (var clean = server.DataSource.CreateCommand("DELETE FROM outreach_targets WHERE code = 'matrix-probe'"))
        {
            await clean.ExecuteNonQueryAsync();
        }

        using var client = server.CreateClient(role);
        foreach (var export in new[] { "units", "outreach", "enforcement" })
        {
            using var response = await client.GetAsync(new Uri($"/api/exports/{export}.csv", UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }

    // The start-up risk run may still be going when this test is the first to run.
    [Theory]
    [InlineData("admin", true)]
    [InlineData("subdistrict", false)]
    [InlineData("community", false)]
    [InlineData("grid", false)]
    [InlineData("station", false)]
    [InlineData("analyst", false)]
    [InlineData("viewer", false)]
    public async Task Operate_service_is_for_administrators_only(string role, bool allowed)
    {
        var status = await _api.AsAsync(role, "{ operationsStatus { databaseReachable codeSchemaVersion jobAlerts { job } backups { name } } }");
        Assert.Equal(allowed ? null : "FORBIDDEN", AccountApi.ErrorCode(status));
        using var client = server.CreateClient(role);
        using var metrics = await client.GetAsync(new Uri("/metrics", UriKind.Relative));
        Assert.Equal(allowed ? HttpStatusCode.OK : HttpStatusCode.Forbidden, metrics.StatusCode);
        if (!allowed)
        {
            // Refused before it runs: no job run is recorded.
            var runs = await _api.ScalarAsync<long>("SELECT count(*) FROM job_runs");
            Assert.Equal("FORBIDDEN", AccountApi.ErrorCode(await _api.AsAsync(role, "mutation { takeBackup { id } }")));
            Assert.Equal(runs, await _api.ScalarAsync<long>("SELECT count(*) FROM job_runs"));
        }
    }

    // Issue 19 part B: the moderation queue is for the operating roles, the webhooks for administrators;
    // incidents and duty are read by all and written by the operating roles.
    [Theory]
    [InlineData("admin", true, true)]
    [InlineData("subdistrict", true, false)]
    [InlineData("community", true, false)]
    [InlineData("grid", true, false)]
    [InlineData("station", false, false)]
    [InlineData("analyst", false, false)]
    [InlineData("viewer", false, false)]
    public async Task Registers_of_public_reports_and_webhooks_follow_the_matrix(string role, bool moderate, bool webhooks)
    {
        Assert.Equal(moderate ? null : "FORBIDDEN", AccountApi.ErrorCode(await _api.AsAsync(role, "{ publicReports(first: 1) { totalCount } }")));
        Assert.Equal(webhooks ? null : "FORBIDDEN", AccountApi.ErrorCode(await _api.AsAsync(role, "{ webhookSubscriptions { id } webhookDeliveries(first: 1) { id } }")));
        if (!webhooks)
        {
            var before = await _api.ScalarAsync<long>("SELECT count(*) FROM webhook_subscriptions");
            var created = await _api.AsAsync(role, """
                mutation { createWebhookSubscription(input: { name: "x", url: "http://127.0.0.1:9/", secret: "0123456789abcdef", eventKinds: [HAZARD_CREATED] }) { id } }
                """);
            Assert.Equal("FORBIDDEN", AccountApi.ErrorCode(created));
            Assert.Equal(before, await _api.ScalarAsync<long>("SELECT count(*) FROM webhook_subscriptions"));
        }

        using var client = server.CreateClient(role);
        using var export = await client.GetAsync(new Uri("/api/exports/public-reports.csv", UriKind.Relative));
        Assert.Equal(moderate ? HttpStatusCode.OK : HttpStatusCode.Forbidden, export.StatusCode);
    }

    private async Task WaitForRiskRunAsync()
    {
        for (var i = 0; i < 300 && await _api.ScalarAsync<long>("SELECT count(*) FROM risk_runs") == 0; i++)
        {
            await Task.Delay(100);
        }
    }

    private string GridCode => server.Accounts["grid"].GridCodes[0];

    private async Task ExpectWriteAsync(string role, long lane, bool report, bool? clearIn)
    {
        var before = await _api.ScalarAsync<long>("SELECT count(*) FROM blockages");
        var reported = await _api.AsAsync(role, Report, new { lane = Id(lane) });
        Assert.Equal(report ? null : "FORBIDDEN", AccountApi.ErrorCode(reported));
        Assert.Equal(before + (report ? 1 : 0), await _api.ScalarAsync<long>("SELECT count(*) FROM blockages"));

        // A blockage to clear: reported by the administrator when the role could not report one.
        var id = report
            ? reported.GetProperty("data").GetProperty("reportBlockage").GetProperty("id").GetString()!
            : (await _api.AsAsync("admin", Report, new { lane = Id(lane) })).GetProperty("data").GetProperty("reportBlockage").GetProperty("id").GetString()!;
        var cleared = await _api.AsAsync(role, Clear, new { id });
        var mayClear = clearIn ?? (role is "admin" or "subdistrict");
        Assert.Equal(mayClear ? null : "FORBIDDEN", AccountApi.ErrorCode(cleared));
        if (!mayClear)
        {
            Assert.Equal(1L, await _api.ScalarAsync<long>("SELECT count(*) FROM blockages WHERE id = @id AND cleared_at IS NULL", ("id", long.Parse(id, CultureInfo.InvariantCulture))));
            Assert.Null(AccountApi.ErrorCode(await _api.AsAsync("admin", Clear, new { id })));
        }
    }

    private Task<long> LaneInGridAsync() => _api.ScalarAsync<long>("""
        SELECT l.id FROM fire_lanes l JOIN compounds x ON x.id = l.compound_id JOIN grids g ON g.id = x.grid_id
        WHERE g.code = @grid AND l.clear_width_m >= 4 ORDER BY l.id LIMIT 1
        """, ("grid", GridCode));

    private Task<long> LaneOutsideCommunityAsync() => _api.ScalarAsync<long>("""
        SELECT l.id FROM fire_lanes l JOIN compounds x ON x.id = l.compound_id JOIN communities c ON c.id = x.community_id
        WHERE c.code <> @c AND l.clear_width_m >= 4 ORDER BY l.id LIMIT 1
        """, ("c", server.Accounts["community"].CommunityCode!));

    private Task<long> CountPersonalReadsAsync(string role) =>
        _api.ScalarAsync<long>("SELECT count(*) FROM audit_log WHERE action = 'read_personal' AND actor = @a", ("a", server.Accounts[role].UserName));

    private async Task<Dictionary<string, string>> CommunityNamesAsync()
    {
        await using var command = server.DataSource.CreateCommand("SELECT code, name FROM communities");
        await using var reader = await command.ExecuteReaderAsync();
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        while (await reader.ReadAsync())
        {
            names[reader.GetString(0)] = reader.GetString(1);
        }

        return names;
    }

    private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);
}
