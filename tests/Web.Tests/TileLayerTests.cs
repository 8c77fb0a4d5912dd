using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using FireMap.TestHost;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace FireMap.Web.Tests;

/// <summary>
/// A large layer is drawn from the service's vector tiles. The demo sub-district's buildings are a
/// small layer, so the tile index is answered as the service answers for a city (buildings large);
/// the tiles themselves, the popups' GeoJSON and the session are the real service's.
/// </summary>
[Collection(FireMapServerCollection.Name)]
public sealed class TileLayerTests(FireMapServerFixture server, Browser browser) : IClassFixture<Browser>
{
    [Fact]
    public async Task Buildings_large_areDrawnFromTilesAndOpenTheirPopupOnClick()
    {
        var tileRequests = new ConcurrentBag<string>();
        var geoJsonRequests = new ConcurrentBag<string>();
        await using var map = await MapPage.OpenAsync(browser, server, async page =>
        {
            page.Request += (_, request) =>
            {
                if (request.Url.Contains("/api/tiles/buildings/", StringComparison.Ordinal) && request.Url.EndsWith(".mvt", StringComparison.Ordinal))
                {
                    tileRequests.Add(request.Url);
                }

                if (request.Url.Contains("/api/layers/buildings.geojson", StringComparison.Ordinal))
                {
                    geoJsonRequests.Add(request.Url);
                }
            };
            await page.RouteAsync("**/api/tiles", async route =>
            {
                var response = await route.FetchAsync();
                var index = JsonNode.Parse(await response.TextAsync())!;
                foreach (var layer in index["layers"]!.AsArray())
                {
                    layer!["large"] = (string?)layer["name"] == "buildings";
                }

                await route.FulfillAsync(new() { Response = response, Body = index.ToJsonString() });
            });
        });

        Assert.Equal(["buildings"], await map.Page.EvaluateAsync<string[]>("() => window.fireMap.tiledLayers()"));
        var shapes = map.Page.Locator(".leaflet-fm-buildings-pane path.leaflet-interactive");
        await Expect(shapes.First).ToBeAttachedAsync();
        Assert.NotEmpty(tileRequests);
        // Nothing of the whole layer was downloaded as GeoJSON: the map holds tiles only.
        Assert.Empty(geoJsonRequests);
        // The legend still names the classes, without counts the map cannot know.
        await Expect(map.Page.GetByTestId("legend-section-buildings")).ToContainTextAsync("高层建筑");

        await map.ClickFeatureAsync("buildings");

        var popup = map.Page.Locator(".leaflet-popup-content");
        await Expect(popup).ToContainTextAsync("建筑");
        // Fields the z14 tiles do not carry: the popup took them from the GeoJSON layer around the click.
        await Expect(popup).ToContainTextAsync("地址");
        await Expect(popup).ToContainTextAsync("编码");
        Assert.Single(geoJsonRequests);
        Assert.Contains("bbox=", geoJsonRequests.Single(), StringComparison.Ordinal);
        Assert.Empty(map.Problems);
    }
}
