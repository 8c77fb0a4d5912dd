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
        // Zoomed out (z15 here) each tile is one canvas.
        var building = await ShowBuildingAsync(map.Page, 15);
        await Expect(map.Page.Locator(".leaflet-fm-buildings-pane canvas").First).ToBeAttachedAsync();
        Assert.NotEmpty(tileRequests);
        // Nothing of the whole layer was downloaded as GeoJSON: the map holds tiles only.
        Assert.Empty(geoJsonRequests);
        // The legend still names the classes, without counts the map cannot know.
        await Expect(map.Page.GetByTestId("legend-section-buildings")).ToContainTextAsync("高层建筑");

        await map.Page.Mouse.ClickAsync((float)building[0], (float)building[1]);

        var popup = map.Page.Locator(".leaflet-popup-content");
        await Expect(popup).ToContainTextAsync("建筑");
        // Fields the z15 tiles do not carry: the popup took them from the GeoJSON layer around the click.
        await Expect(popup).ToContainTextAsync("地址");
        await Expect(popup).ToContainTextAsync("编码");
        Assert.Single(geoJsonRequests);
        Assert.Contains("bbox=", geoJsonRequests.Single(), StringComparison.Ordinal);

        // From the detail zoom on, each outline is an SVG element of its own, and a click on one opens its popup too.
        await map.Page.EvaluateAsync("() => window.fireMap.map.closePopup()");
        await ShowBuildingAsync(map.Page, 17);
        await Expect(map.Page.Locator(".leaflet-fm-buildings-pane path.leaflet-interactive").First).ToBeAttachedAsync();
        await map.ClickFeatureAsync("buildings");
        await Expect(popup).ToContainTextAsync("地址");
        Assert.Equal(2, geoJsonRequests.Count);
        Assert.Empty(map.Problems);
    }

    /// <summary>
    /// Centres the map on the middle of a building at <paramref name="zoom"/> (one that nothing else
    /// covers there), waits until its tiles are drawn and returns the screen point of that middle.
    /// </summary>
    private async Task<double[]> ShowBuildingAsync(IPage page, int zoom)
    {
        using var client = server.CreateClient();
        var layer = JsonNode.Parse(await client.GetStringAsync(new Uri("/api/layers/buildings.geojson", UriKind.Relative)))!;
        // Footprints are simple convex outlines: the mean of the outer ring's corners lies inside.
        var middles = layer["features"]!.AsArray().Take(40).Select(f =>
        {
            var geometry = f!["geometry"]!;
            var polygon = (string?)geometry["type"] == "MultiPolygon" ? geometry["coordinates"]![0]! : geometry["coordinates"]!;
            var ring = polygon[0]!.AsArray().Skip(1).Select(p => p!.AsArray()).ToList();
            return new[] { ring.Average(p => (double)p[1]!), ring.Average(p => (double)p[0]!) };
        }).ToArray();
        var point = await page.EvaluateAsync<double[]>("""
            async ([middles, zoom]) => {
              const map = window.fireMap.map;
              const grid = window.fireMap.tileLayer('buildings');
              for (const middle of middles) {
                map.setView(middle, zoom, { animate: false });
                if (grid.isLoading()) await new Promise((resolve) => grid.once('load', resolve));
                await new Promise((resolve) => requestAnimationFrame(() => resolve()));
                const at = map.latLngToContainerPoint(middle);
                const box = map.getContainer().getBoundingClientRect();
                const x = box.left + at.x, y = box.top + at.y;
                if (document.elementFromPoint(x, y)?.closest('.leaflet-fm-buildings-pane')) return [x, y];
              }
              return [];
            }
            """, new object[] { middles, zoom });
        Assert.True(point.Length == 2, "no building's middle is clear of other layers");
        return point;
    }
}
