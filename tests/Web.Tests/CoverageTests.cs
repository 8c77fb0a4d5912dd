using System.Globalization;
using System.Text.Json;
using FireMap.TestHost;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace FireMap.Web.Tests;

/// <summary>
/// The drive-time coverage view against the real network: the panel counts what <c>coverage</c> counts,
/// a blocked lane shrinks the fire stations' isochrones on the map and clearing it restores them, and a
/// candidate micro station placed with a click covers buildings that were outside.
/// </summary>
[Collection(FireMapServerCollection.Name)]
public sealed class CoverageTests(FireMapServerFixture server, Browser browser) : IClassFixture<Browser>
{
    private const string CoverageQuery = """
        query($minutes: Int!, $kinds: [StationKind!]) {
          coverage(minutes: $minutes, kinds: $kinds, first: 1) { buildings buildingsOutside outsideBuildings { lon lat } }
        }
        """;

    [Fact]
    public async Task Blocked_lane_shrinks_the_fire_stations_isochrones_and_clearing_restores_them()
    {
        var laneId = await ReachedDeadEndLaneAsync();
        await using var map = await MapPage.OpenAsync(browser, server);
        await map.Page.GetByTestId("coverage-toggle").ClickAsync();
        var open = await StateAsync(map.Page);
        Assert.Equal("fire_station", open.Kind);
        Assert.Equal(5, open.Minutes);
        Assert.True(open.Isochrones > 0, "the fire stations' isochrones are drawn");

        using var client = server.CreateClient();
        var api = (await GraphQLClient.QueryAsync(client, CoverageQuery, new { minutes = 5, kinds = new[] { "FIRE_STATION" } })).GetProperty("coverage");
        await Expect(map.Page.GetByTestId("coverage-summary")).ToHaveAttributeAsync("data-outside", api.GetProperty("buildingsOutside").GetInt32().ToString(CultureInfo.InvariantCulture));

        var (blockageId, _) = await LaneData.ReportAsync(client, laneId);
        try
        {
            var blocked = await RefreshAsync(map.Page);
            Assert.True(blocked.Area < open.Area, $"blocked: {blocked.Area} m², open: {open.Area} m²");
            Assert.True(blocked.BuildingsOutside >= open.BuildingsOutside);
            var drawn = double.Parse((await map.Page.GetByTestId("coverage-area").GetAttributeAsync("data-area"))!, CultureInfo.InvariantCulture);
            Assert.Equal(blocked.Area, drawn, 3);
        }
        finally
        {
            await LaneData.ClearAsync(client, blockageId);
        }

        var cleared = await RefreshAsync(map.Page);
        Assert.Equal(open.Area, cleared.Area, 0);
        Assert.Equal(open.BuildingsOutside, cleared.BuildingsOutside);
        Assert.Empty(map.Problems);
    }

    [Fact]
    public async Task Candidate_micro_station_placed_on_the_map_covers_buildings_that_were_outside()
    {
        using var client = server.CreateClient();
        var api = (await GraphQLClient.QueryAsync(client, CoverageQuery, new { minutes = 3, kinds = new[] { "MICRO_STATION" } })).GetProperty("coverage");
        var outside = api.GetProperty("buildingsOutside").GetInt32();
        Assert.True(outside > 0, "the demo has buildings beyond 3 minutes of every micro station");
        var target = api.GetProperty("outsideBuildings")[0];

        await using var map = await MapPage.OpenAsync(browser, server);
        await map.Page.GetByTestId("coverage-toggle").ClickAsync();
        await StateAsync(map.Page);
        await map.Page.GetByTestId("coverage-kind").SelectOptionAsync("micro_station");
        var micro = await StateAsync(map.Page);
        Assert.Equal(3, micro.Minutes);
        await Expect(map.Page.GetByTestId("coverage-minutes")).ToHaveValueAsync("3");
        await Expect(map.Page.GetByTestId("coverage-summary")).ToHaveAttributeAsync("data-outside", outside.ToString(CultureInfo.InvariantCulture));

        await map.Page.GetByTestId("coverage-whatif").ClickAsync();
        await map.Page.EvaluateAsync("([lon, lat]) => window.fireMap.map.setView([lat, lon], 18, { animate: false })",
            new[] { target.GetProperty("lon").GetDouble(), target.GetProperty("lat").GetDouble() });
        var (x, y) = await OpenMapPointNearAsync(map.Page, target.GetProperty("lon").GetDouble(), target.GetProperty("lat").GetDouble());
        await map.Page.Mouse.ClickAsync(x, y);
        await map.Page.WaitForFunctionAsync("() => window.fireMap.coverage.state().whatIf.status === 'ready'");

        var result = map.Page.GetByTestId("coverage-whatif-result");
        var newly = int.Parse((await result.GetAttributeAsync("data-newly-covered"))!, CultureInfo.InvariantCulture);
        Assert.True(newly >= 1, $"the candidate covers {newly} buildings");
        await Expect(result).ToContainTextAsync(newly.ToString(CultureInfo.InvariantCulture));
        await Expect(result).ToContainTextAsync($"{outside} → {outside - newly}");
        Assert.Empty(map.Problems);
    }

    [Fact]
    public async Task Radius_search_at_a_point_lists_and_draws_the_fastest_stations_by_road()
    {
        await using var command = server.DataSource.CreateCommand(
            "SELECT ST_X(p), ST_Y(p) FROM (SELECT ST_LineInterpolatePoint(geom, 0.5) AS p FROM roads WHERE road_class = 'branch' ORDER BY id LIMIT 1) r");
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync(), "the demo has branch roads");
        var (lon, lat) = (reader.GetDouble(0), reader.GetDouble(1));
        using var client = server.CreateClient();
        var expected = (await GraphQLClient.QueryAsync(client, """
            query($p: PointInput!) { nearestStations(point: $p, first: 3, by: DRIVE_TIME) { driveSeconds station { id } } }
            """, new { p = new { lon, lat } })).GetProperty("nearestStations").EnumerateArray()
            .Where(s => s.GetProperty("driveSeconds").ValueKind == JsonValueKind.Number)
            .Select(s => (Id: s.GetProperty("station").GetProperty("id").GetString()!, Seconds: s.GetProperty("driveSeconds").GetDouble())).ToList();
        Assert.NotEmpty(expected);

        await using var map = await MapPage.OpenAsync(browser, server);
        var radius = new RadiusToolPage(map.Page);
        await radius.ActivateAsync();
        await map.Page.EvaluateAsync("([lon, lat]) => window.fireMap.map.setView([lat, lon], 17, { animate: false })", new[] { lon, lat });
        await radius.ClickMapAtAsync(lon, lat);
        await map.Page.WaitForFunctionAsync("() => window.fireMap.radius.state().routes.length > 0");

        var routes = JsonSerializer.Deserialize<Route[]>(
            await map.Page.EvaluateAsync<string>("() => JSON.stringify(window.fireMap.radius.state().routes)"), new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
        Assert.Equal(expected.Select(e => e.Id), routes.Select(r => r.Id));
        foreach (var (route, want) in routes.Zip(expected))
        {
            // The click lands within a pixel of the point: a metre or so of walking either way.
            Assert.InRange(route.Seconds, want.Seconds - 5, want.Seconds + 5);
            Assert.True(route.Drawn, $"the route from station {route.Id} is drawn");
        }

        await Expect(map.Page.GetByTestId("radius-routes")).ToBeVisibleAsync();
        await Expect(map.Page.GetByTestId("radius-route")).ToHaveCountAsync(routes.Length);
        Assert.Empty(map.Problems);
    }

    // A lane whose far end only the lane reaches, reached by a fire engine within 5 minutes while open.
    private async Task<string> ReachedDeadEndLaneAsync()
    {
        await using var command = server.DataSource.CreateCommand("""
            SELECT e.lane_id
            FROM network_edges e
            JOIN station_reach r ON r.node_id = e.target AND r.seconds <= 300
            JOIN station_reach_starts st ON st.station_id = r.station_id AND st.vehicle = 'engine'
            JOIN fire_lane_states s ON s.lane_id = e.lane_id AND s.status <> 'blocked'
            WHERE e.lane_id IS NOT NULL AND NOT e.engine_blocked
              AND (SELECT count(*) FROM network_edges x WHERE e.target IN (x.source, x.target)) = 1
            ORDER BY e.length_m DESC, e.lane_id
            LIMIT 1
            """);
        var lane = await command.ExecuteScalarAsync();
        Assert.NotNull(lane);
        return Convert.ToString(lane, CultureInfo.InvariantCulture)!;
    }

    // Where on the page the map itself (not a point symbol over it) takes a click, at or beside the point.
    private static async Task<(float X, float Y)> OpenMapPointNearAsync(IPage page, double lon, double lat)
    {
        var point = await page.EvaluateAsync<double[]>("""
            ([lon, lat]) => {
              const [x0, y0] = window.fireMap.coverage.pagePoint(lon, lat);
              for (const [dx, dy] of [[0, 0], [6, 0], [-6, 0], [0, 6], [0, -6], [10, 10], [-10, -10]]) {
                const hit = document.elementFromPoint(x0 + dx, y0 + dy);
                if (hit && !hit.closest('.leaflet-marker-icon, .leaflet-control, .fm-side')) return [x0 + dx, y0 + dy];
              }
              return [x0, y0];
            }
            """, new[] { lon, lat });
        return ((float)point[0], (float)point[1]);
    }

    private static async Task<State> RefreshAsync(IPage page)
    {
        await page.EvaluateAsync("() => window.fireMap.coverage.refresh()");
        return await StateAsync(page);
    }

    private static async Task<State> StateAsync(IPage page)
    {
        await page.WaitForFunctionAsync("() => window.fireMap.coverage.state().status === 'ready'");
        return JsonSerializer.Deserialize<State>(await page.EvaluateAsync<string>("() => JSON.stringify(window.fireMap.coverage.state())"),
            new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
    }

    private sealed record Route(string Id, double Seconds, bool Drawn);

    private sealed record State(bool Open, string? Kind, int Minutes, string Status, int BuildingsOutside, int Isochrones, double Area);
}
