using System.Globalization;
using System.Text;
using System.Text.Json;
using FireMap.TestHost;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace FireMap.Web.Tests;

[Collection(FireMapServerCollection.Name)]
public sealed class RadiusToolTests(FireMapServerFixture server, Browser browser) : IClassFixture<Browser>
{
    /// <summary>Near the middle of 跃进村街道's demo data.</summary>
    private const double Lon = 106.48;
    private const double Lat = 29.48;

    private const string BuildingsQuery = """
        query($center: PointInput!, $r: Float!) {
          buildingsWithin(center: $center, radiusMeters: $r, first: 200) {
            totalCount
            summary { highRiseCount occupantsSum }
            edges { distanceMeters node { id name } }
          }
        }
        """;

    private const string StationQuery = """
        query($id: ID!, $r: Float!) {
          station(id: $id) {
            name geometry
            buildingsWithin(radiusMeters: $r, first: 1) { totalCount }
            placesWithin(radiusMeters: $r, first: 1) { totalCount }
            hydrantsWithin(radiusMeters: $r, first: 1) { totalCount }
          }
        }
        """;

    [Fact]
    public async Task RadiusTool_mapClickedAndSliderSet_listsWhatTheApiFindsNearestFirstAndExportsIt()
    {
        await using var map = await MapPage.OpenAsync(browser, server);
        var tool = new RadiusToolPage(map.Page);

        await tool.ActivateAsync();
        await Expect(tool.Panel).ToBeVisibleAsync();
        await tool.ClickMapAtAsync(Lon, Lat);
        await tool.SetRadiusAsync(300);

        var state = await tool.StateAsync();
        var center = state.Center!;
        Assert.Equal(Lon, center.Lon, 0.001);
        Assert.Equal(Lat, center.Lat, 0.001);
        Assert.Equal(new RadiusToolPage.Circle(center.Lon, center.Lat, 300), state.Circle);
        await Expect(map.Page.GetByTestId("radius-value")).ToHaveTextAsync("300 米");

        using var client = server.CreateClient();
        var api = (await GraphQLClient.QueryAsync(client, BuildingsQuery, new { center = new { lon = center.Lon, lat = center.Lat }, r = 300.0 }))
            .GetProperty("buildingsWithin");
        var total = api.GetProperty("totalCount").GetInt32();
        var edges = api.GetProperty("edges").EnumerateArray().ToList();
        Assert.InRange(total, 2, 200);
        Assert.Equal(total, state.Searched!.Totals["buildings"]);
        await Expect(tool.Rows("buildings")).ToHaveCountAsync(total);
        await Expect(map.Page.GetByTestId("radius-tab-buildings")).ToHaveTextAsync($"建筑 {total}");
        var summary = api.GetProperty("summary");
        await Expect(map.Page.GetByTestId("radius-summary-buildings")).ToHaveTextAsync(
            $"共 {total} 栋 · 高层 {summary.GetProperty("highRiseCount").GetInt32()} 栋 · 人员 {summary.GetProperty("occupantsSum").GetInt32().ToString("N0", CultureInfo.InvariantCulture)} 人");
        Assert.Equal(edges.Select(e => e.GetProperty("node").GetProperty("id").GetString()), await tool.RowIdsAsync("buildings"));
        var distances = await tool.RowDistancesAsync("buildings");
        Assert.Equal(distances.Order(), distances);
        Assert.Equal(edges[0].GetProperty("distanceMeters").GetDouble(), distances[0], 1e-6);
        await Expect(tool.Rows("buildings").First.Locator(".fm-radius-distance"))
            .ToHaveTextAsync($"{Math.Round(distances[0], MidpointRounding.AwayFromZero).ToString(CultureInfo.InvariantCulture)}\u00a0m");
        Assert.Equal(total, state.Highlighted["buildings"]);

        var csv = await DownloadAsync(map.Page, "radius-export-buildings");
        Assert.Equal(Encoding.UTF8.GetPreamble(), csv[..3]);
        var lines = Encoding.UTF8.GetString(csv, 3, csv.Length - 3).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("距离", lines[0], StringComparison.Ordinal);
        Assert.Equal(total, lines.Length - 1);
        Assert.Empty(map.Problems);
    }

    [Fact]
    public async Task RadiusTool_stationSearchButtonClicked_centresOnTheStationAndListsItsHits()
    {
        await using var map = await MapPage.OpenAsync(browser, server);
        var tool = new RadiusToolPage(map.Page);

        // Click a station as a user would: one whose symbol is the topmost thing at its centre.
        var point = await map.Page.EvaluateAsync<double[]>("""
            () => {
              for (const icon of document.querySelectorAll('.leaflet-fm-stations-pane .leaflet-marker-icon')) {
                const box = icon.getBoundingClientRect();
                const x = box.left + box.width / 2, y = box.top + box.height / 2;
                if (icon.contains(document.elementFromPoint(x, y))) return [x, y];
              }
              return [];
            }
            """);
        Assert.Equal(2, point.Length);
        await map.Page.Mouse.ClickAsync((float)point[0], (float)point[1]);
        var popup = map.Page.Locator(".leaflet-popup-content .fm-popup");
        var name = await popup.Locator(".fm-popup-title").InnerTextAsync();
        await popup.GetByTestId("radius-station-search").ClickAsync();
        await tool.WaitForSearchAsync(500);

        var state = await tool.StateAsync();
        Assert.True(state.Active);
        Assert.Equal(name, state.Station!.Name);
        await Expect(map.Page.GetByTestId("radius-centre-line")).ToContainTextAsync(name);
        await Expect(map.Page.Locator(".leaflet-popup")).ToHaveCountAsync(0);
        using var client = server.CreateClient();
        var station = (await GraphQLClient.QueryAsync(client, StationQuery, new { id = state.Station.Id, r = 500.0 })).GetProperty("station");
        var coordinates = station.GetProperty("geometry").GetProperty("coordinates");
        Assert.Equal(coordinates[0].GetDouble(), state.Circle!.Lon, 1e-9);
        Assert.Equal(coordinates[1].GetDouble(), state.Circle.Lat, 1e-9);
        Assert.Equal(500, state.Circle.Radius);
        foreach (var layer in new[] { "buildings", "places", "hydrants" })
        {
            Assert.Equal(station.GetProperty($"{layer}Within").GetProperty("totalCount").GetInt32(), state.Searched!.Totals[layer]);
        }

        Assert.True(state.Searched!.Totals["buildings"] > 0, "a station in the demo data should have buildings within 500 m");
        await Expect(tool.Rows("buildings")).ToHaveCountAsync(Math.Min(state.Searched.Totals["buildings"], 200));
        Assert.Empty(map.Problems);
    }

    [Fact]
    public async Task RadiusTool_rowClicked_opensThePopupOfThatFeature()
    {
        await using var map = await MapPage.OpenAsync(browser, server);
        var tool = new RadiusToolPage(map.Page);
        await tool.ActivateAsync();
        await tool.ClickMapAtAsync(Lon, Lat);
        await tool.WaitForSearchAsync(500);

        await map.Page.GetByTestId("radius-tab-places").ClickAsync();
        var row = tool.Rows("places").Nth(1);
        var title = await row.Locator(".fm-radius-name").InnerTextAsync();
        await row.ClickAsync();

        var popup = map.Page.Locator(".leaflet-popup-content .fm-popup");
        await Expect(popup).ToBeVisibleAsync();
        await Expect(popup.Locator(".fm-popup-layer")).ToHaveTextAsync("重点场所");
        await Expect(popup.Locator(".fm-popup-title")).ToHaveTextAsync(title);
        Assert.Empty(map.Problems);
    }

    [Fact]
    public async Task RadiusTool_largeRadius_showsTotalsBeyondThePageAndLoadsMore()
    {
        await using var map = await MapPage.OpenAsync(browser, server);
        var tool = new RadiusToolPage(map.Page);
        await tool.ActivateAsync();
        await tool.ClickMapAtAsync(Lon, Lat);
        await tool.SetRadiusAsync(2000);

        var total = (await tool.StateAsync()).Searched!.Totals["buildings"];
        Assert.True(total > 200, $"2 km around the centre should hold more than 200 buildings, had {total}");
        await Expect(tool.Rows("buildings")).ToHaveCountAsync(200);
        await Expect(map.Page.GetByTestId("radius-shown-buildings")).ToHaveTextAsync($"显示前 200 / 共 {total.ToString("N0", CultureInfo.InvariantCulture)}");

        await map.Page.GetByTestId("radius-more-buildings").ClickAsync();
        await Expect(tool.Rows("buildings")).ToHaveCountAsync(Math.Min(total, 400));
        var ids = await tool.RowIdsAsync("buildings");
        Assert.Equal(ids.Length, ids.Distinct().Count());
        var distances = await tool.RowDistancesAsync("buildings");
        Assert.Equal(distances.Order(), distances);
        Assert.Empty(map.Problems);
    }

    [Fact]
    public async Task RadiusTool_clearedThenClosed_removesCircleHighlightsAndList()
    {
        await using var map = await MapPage.OpenAsync(browser, server);
        var tool = new RadiusToolPage(map.Page);
        await tool.ActivateAsync();
        await tool.ClickMapAtAsync(Lon, Lat);
        await tool.WaitForSearchAsync(500);
        Assert.True(await HighlightShapesAsync(map.Page) > 0);

        await map.Page.GetByTestId("radius-clear").ClickAsync();

        var state = await tool.StateAsync();
        Assert.Null(state.Circle);
        Assert.Null(state.Searched);
        Assert.All(state.Highlighted.Values, count => Assert.Equal(0, count));
        Assert.Equal(0, await HighlightShapesAsync(map.Page));
        await Expect(map.Page.GetByTestId("radius-centre")).ToHaveCountAsync(0);
        await Expect(tool.Rows("buildings")).ToHaveCountAsync(0);
        await Expect(map.Page.GetByTestId("radius-tab-buildings")).ToBeHiddenAsync();

        await map.Page.GetByTestId("radius-close").ClickAsync();
        await Expect(tool.Panel).ToBeHiddenAsync();
        await Expect(map.Page.GetByTestId("radius-toggle")).ToHaveAttributeAsync("aria-pressed", "false");
        Assert.Empty(map.Problems);
    }

    [Fact]
    public async Task RadiusTool_inEnglish_labelsInEnglishAndExportsEnglishCsv()
    {
        await using var map = await MapPage.OpenAsync(browser, server);
        var tool = new RadiusToolPage(map.Page);
        await map.Page.GetByTestId("language-en").ClickAsync();
        await tool.ActivateAsync();
        await Expect(map.Page.GetByTestId("radius-toggle")).ToHaveTextAsync("Radius search");
        await tool.ClickMapAtAsync(Lon, Lat);
        await tool.SetRadiusAsync(300);

        var totals = (await tool.StateAsync()).Searched!.Totals;
        await Expect(map.Page.GetByTestId("radius-value")).ToHaveTextAsync("300 m");
        await Expect(map.Page.GetByTestId("radius-tab-hydrants")).ToHaveTextAsync($"Hydrants {totals["hydrants"]}");
        await map.Page.GetByTestId("radius-tab-hydrants").ClickAsync();
        await Expect(map.Page.GetByTestId("radius-summary-hydrants")).ToContainTextAsync($"{totals["hydrants"]} hydrants");

        var csv = Encoding.UTF8.GetString(await DownloadAsync(map.Page, "radius-export-hydrants")).TrimStart('\uFEFF');
        var lines = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("distance_m", lines[0], StringComparison.Ordinal);
        Assert.Equal(totals["hydrants"], lines.Length - 1);

        // Switching back relabels what is already listed, without asking again.
        await map.Page.GetByTestId("language-zh").ClickAsync();
        await Expect(map.Page.GetByTestId("radius-tab-hydrants")).ToHaveTextAsync($"消火栓 {totals["hydrants"]}");
        await Expect(map.Page.GetByTestId("radius-export-hydrants")).ToHaveAttributeAsync("href", new System.Text.RegularExpressions.Regex("lang=zh"));
        Assert.Empty(map.Problems);
    }

    [Fact]
    public async Task RadiusTool_searchFails_saysSoInThePanel()
    {
        await using var map = await MapPage.OpenAsync(browser, server, page =>
            // Every query fails but the map's question who is signed in.
            page.RouteAsync("**/graphql", route => route.Request.PostData?.Contains("query Me", StringComparison.Ordinal) == true
                ? route.ContinueAsync()
                : route.FulfillAsync(new() { Status = 500, Body = "{}" })));
        var tool = new RadiusToolPage(map.Page);
        await tool.ActivateAsync();
        await tool.ClickMapAtAsync(Lon, Lat);

        var status = map.Page.GetByTestId("radius-status");
        await Expect(status).ToHaveTextAsync("查询失败：HTTP 500");
        await Expect(status).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("fm-radius-error"));
        Assert.Equal("error", (await tool.StateAsync()).Status);
        await Expect(tool.Rows("buildings")).ToHaveCountAsync(0);
    }

    private static async Task<byte[]> DownloadAsync(IPage page, string testId)
    {
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId(testId).ClickAsync());
        Assert.Null(await download.FailureAsync());
        return await File.ReadAllBytesAsync(await download.PathAsync());
    }

    private static Task<int> HighlightShapesAsync(IPage page) =>
        page.EvaluateAsync<int>(
            "() => document.querySelectorAll('.leaflet-fm-radius-areas-pane path, .leaflet-fm-radius-points-pane path, .leaflet-fm-radius-circle-pane path').length");
}
