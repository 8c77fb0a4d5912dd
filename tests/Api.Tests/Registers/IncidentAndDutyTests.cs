using System.Globalization;
using FireMap.Api.Tests.Accounts;
using FireMap.TestHost;

namespace FireMap.Api.Tests.Registers;

/// <summary>
/// Incidents entered and edited under scope and version, counted by cause and against last winter; duty
/// posts counted into the next holiday's coverage; readiness checks only of the stations that owe them.
/// </summary>
[Collection(FireMapServerCollection.Name)]
public sealed class IncidentAndDutyTests(FireMapServerFixture server)
{
    private readonly AccountApi _api = new(server);

    [Fact]
    public async Task Incident_entered_in_scope_is_edited_by_version_and_counted()
    {
        var community = server.Accounts["community"].CommunityCode!;
        var lon = await _api.ScalarAsync<double>("SELECT ST_X(ST_PointOnSurface(geom)) FROM communities WHERE code = @c", ("c", community));
        var lat = await _api.ScalarAsync<double>("SELECT ST_Y(ST_PointOnSurface(geom)) FROM communities WHERE code = @c", ("c", community));
        var occurred = DateTimeOffset.UtcNow.AddHours(-2).ToString("O", CultureInfo.InvariantCulture);
        const string Enter = """
            mutation($at: DateTimeOffset!, $lon: Float!, $lat: Float!) { enterIncident(input: { occurredAt: $at, cause: EBIKE, point: { lon: $lon, lat: $lat },
                casualties: 1, lossCny: 12000, description: "电动车入户充电起火" }) { id code version communityCode } }
            """;
        Assert.Equal("FORBIDDEN", AccountApi.ErrorCode(await _api.AsAsync("viewer", Enter, new { at = occurred, lon, lat })));
        var before = await CountAsync("ebike");
        var entered = await _api.AsAsync("community", Enter, new { at = occurred, lon, lat });
        Assert.Null(AccountApi.ErrorCode(entered));
        var incident = entered.GetProperty("data").GetProperty("enterIncident");
        Assert.Equal(community, incident.GetProperty("communityCode").GetString());
        Assert.Equal(before + 1, await CountAsync("ebike"));

        const string Edit = "mutation($id: ID!, $v: Int!) { editIncident(id: $id, expectedVersion: $v, input: { casualties: 2 }) { casualties version } }";
        var id = incident.GetProperty("id").GetString();
        Assert.Equal("CONFLICT", AccountApi.ErrorCode(await _api.AsAsync("community", Edit, new { id, v = 99 })));
        var edited = await _api.AsAsync("community", Edit, new { id, v = incident.GetProperty("version").GetInt32() });
        Assert.Equal(2, edited.GetProperty("data").GetProperty("editIncident").GetProperty("casualties").GetInt32());
        Assert.Equal(1L, await _api.ScalarAsync<long>("SELECT count(*) FROM audit_log WHERE entity = 'incident' AND action = 'edit' AND entity_id = @id",
            ("id", long.Parse(id!, CultureInfo.InvariantCulture))));

        using (var client = server.CreateClient("community"))
        {
            var csv = await client.GetStringAsync(new Uri("/api/exports/incidents.csv", UriKind.Relative));
            Assert.StartsWith("编号,起火时间,起火原因", csv.TrimStart('\uFEFF'), StringComparison.Ordinal);
            Assert.Contains("电动车入户充电起火", csv, StringComparison.Ordinal);
        }

        var winter = await _api.AsAsync("admin", "{ incidentWinterComparison { thisWinter { fires } lastWinter { fires } } }");
        Assert.Null(AccountApi.ErrorCode(winter));
        Assert.True(winter.GetProperty("data").GetProperty("incidentWinterComparison").GetProperty("thisWinter").GetProperty("fires").GetInt32() >= 1);
    }

    [Fact]
    public async Task Duty_posts_count_into_the_coverage_of_the_next_holiday()
    {
        var community = server.Accounts["community"].CommunityCode!;
        const string Coverage = "query($c: String) { dutyCoverage(communityCode: $c) { periodName startsOn endsOn days postDays uncoveredDays } }";
        var before = (await _api.AsAsync("community", Coverage, new { c = community })).GetProperty("data").GetProperty("dutyCoverage");
        if (before.GetProperty("startsOn").ValueKind == System.Text.Json.JsonValueKind.Null)
        {
            Assert.Fail("the demo data hold no period of raised risk ahead");
        }

        var starts = before.GetProperty("startsOn").GetString()!;
        var ends = before.GetProperty("endsOn").GetString()!;
        var saved = await _api.AsAsync("community", """
            mutation($c: String!, $s: DateOnly!, $e: DateOnly!) { saveDutyRoster(input: { kind: STATIONING, title: "测试驻守", communityCode: $c,
                startsOn: $s, endsOn: $e, posts: 3 }) { id version } }
            """, new { c = community, s = starts, e = ends });
        Assert.Null(AccountApi.ErrorCode(saved));
        var after = (await _api.AsAsync("community", Coverage, new { c = community })).GetProperty("data").GetProperty("dutyCoverage");
        Assert.Equal(before.GetProperty("postDays").GetInt32() + (3 * after.GetProperty("days").GetInt32()), after.GetProperty("postDays").GetInt32());
        Assert.Equal(0, after.GetProperty("uncoveredDays").GetArrayLength());

        // Another community's staff may not write it.
        var other = await _api.ScalarAsync<string>("SELECT code FROM communities WHERE code <> @c ORDER BY code LIMIT 1", ("c", community));
        Assert.Equal("FORBIDDEN", AccountApi.ErrorCode(await _api.AsAsync("community", """
            mutation($c: String!, $s: DateOnly!) { saveDutyRoster(input: { kind: NIGHT_PATROL, title: "越权", communityCode: $c, startsOn: $s, endsOn: $s, posts: 1 }) { id } }
            """, new { c = other, s = starts })));
    }

    [Fact]
    public async Task Readiness_check_is_for_micro_stations_and_the_brigade()
    {
        var fireStation = await _api.ScalarAsync<long>("SELECT id FROM stations WHERE kind = 'fire_station' ORDER BY id LIMIT 1");
        var micro = await _api.ScalarAsync<long>("SELECT id FROM stations WHERE kind = 'micro_station' ORDER BY id LIMIT 1");
        const string Record = """
            mutation($s: ID!, $d: DateOnly!) { recordReadinessCheck(input: { stationId: $s, checkedOn: $d, equipmentOk: true, staffOnDuty: 5,
                drillDone: true, jointTraining: false }) { id stationKind } }
            """;
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)).AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        Assert.Equal("BAD_USER_INPUT", AccountApi.ErrorCode(await _api.AsAsync("admin", Record, new { s = fireStation.ToString(CultureInfo.InvariantCulture), d = today })));
        var recorded = await _api.AsAsync("admin", Record, new { s = micro.ToString(CultureInfo.InvariantCulture), d = today });
        Assert.Null(AccountApi.ErrorCode(recorded));
        Assert.Equal("MICRO_STATION", recorded.GetProperty("data").GetProperty("recordReadinessCheck").GetProperty("stationKind").GetString());
    }

    private async Task<int> CountAsync(string cause)
    {
        var stats = await _api.AsAsync("admin", "{ incidentStatistics(by: CAUSE) { key fires } }");
        return stats.GetProperty("data").GetProperty("incidentStatistics").EnumerateArray()
            .Where(s => s.GetProperty("key").GetString() == cause).Select(s => s.GetProperty("fires").GetInt32()).SingleOrDefault();
    }
}
