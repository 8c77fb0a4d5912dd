using FireMap.TestHost;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace FireMap.Web.Tests;

[Collection(FireMapServerCollection.Name)]
public sealed class MapPageTests(FireMapServerFixture server, Browser browser) : IClassFixture<Browser>
{
    /// <summary>Every layer but the grids is on when the page opens.</summary>
    private static readonly string[] _defaultLayers =
        ["fire-lanes", "blockages", "stations", "hydrants", "places", "buildings", "compounds", "roads", "communities"];

    /// <summary>Point layers drawn as DOM symbols rather than SVG paths.</summary>
    private static readonly string[] _symbolLayers = ["blockages", "stations"];

    private static readonly string[] _useClassCodes =
        ["residential", "office", "commercial", "mixed", "industrial", "warehouse", "public", "other"];

    [Fact]
    public async Task MapPage_opened_drawsEveryDefaultLayerWithoutErrors()
    {
        await using var map = await MapPage.OpenAsync(browser, server);

        Assert.Empty(await map.FailedLayersAsync());
        Assert.Equal(_defaultLayers.Order(), (await map.VisibleLayersAsync()).Order());
        var counts = await map.LayerCountsAsync();
        foreach (var layer in _defaultLayers)
        {
            Assert.True(counts[layer] > 0, $"layer {layer} drew no features");
            var drawn = await DrawnCountAsync(map.Page, layer);
            Assert.True(drawn > 0, $"layer {layer} has no shape on the map");
            Assert.True(drawn <= counts[layer] * 2, $"layer {layer} drew {drawn} shapes for {counts[layer]} features");
        }

        Assert.True(counts["grids"] > 0, "the grids layer loaded nothing");
        Assert.Equal(0, await DrawnCountAsync(map.Page, "grids"));
        await Expect(map.Page.GetByTestId("legend")).ToBeVisibleAsync();
        await Expect(map.Page.GetByTestId("legend-title")).ToHaveTextAsync("图例");
        foreach (var layer in _defaultLayers)
        {
            await Expect(map.Page.GetByTestId($"legend-section-{layer}")).ToBeVisibleAsync();
        }

        await Expect(map.Page.Locator(".leaflet-control-attribution")).ToContainTextAsync("演示数据为合成数据，非真实建筑与人员");
        Assert.Empty(map.Problems);
    }

    [Fact]
    public async Task StatusPanel_layerEndpointFails_namesTheMissingLayer()
    {
        await using var map = await MapPage.OpenAsync(browser, server, page =>
            page.RouteAsync("**/api/layers/hydrants.geojson", route => route.FulfillAsync(new() { Status = 500, Body = "{}" })));

        Assert.Equal(["hydrants"], await map.FailedLayersAsync());
        var error = map.Page.GetByTestId("status-errors").Locator("li[data-layer=hydrants]");
        await Expect(error).ToContainTextAsync("消火栓");
        await Expect(error).ToContainTextAsync("HTTP 500");
        await Expect(map.Page.GetByTestId("legend-section-hydrants")).ToContainTextAsync("加载失败");
        var counts = await map.LayerCountsAsync();
        Assert.True(counts["buildings"] > 0, "one failed layer must not stop the others");
    }

    [Fact]
    public async Task Popup_buildingClicked_showsChineseLabelsNotCodes()
    {
        await using var map = await MapPage.OpenAsync(browser, server);

        // Click where a building is the topmost thing drawn, as a user would.
        var point = await map.Page.EvaluateAsync<double[]>("""
            () => {
              for (const path of document.querySelectorAll('.leaflet-fm-buildings-pane path.leaflet-interactive')) {
                const box = path.getBoundingClientRect();
                const x = box.left + box.width / 2, y = box.top + box.height / 2;
                if (box.width > 2 && document.elementFromPoint(x, y) === path) return [x, y];
              }
              return [];
            }
            """);
        Assert.Equal(2, point.Length);
        await map.Page.Mouse.ClickAsync((float)point[0], (float)point[1]);

        var popup = map.Page.Locator(".leaflet-popup-content .fm-popup");
        await Expect(popup).ToBeVisibleAsync();
        await Expect(popup.Locator(".fm-popup-layer")).ToHaveTextAsync("建筑");
        await Expect(popup).ToContainTextAsync("使用性质");
        await Expect(popup).ToContainTextAsync("建筑高度");
        var text = await popup.InnerTextAsync();
        Assert.DoesNotContain(_useClassCodes, code => text.Contains(code, StringComparison.Ordinal));
        Assert.Empty(map.Problems);
    }

    [Fact]
    public async Task MapPage_screenshots_areWrittenForReview()
    {
        await using var map = await MapPage.OpenAsync(browser, server);
        var folder = Path.Combine(server.Root, "TestResults", "web");
        Directory.CreateDirectory(folder);

        var chinese = Path.Combine(folder, "map-zh.png");
        await map.Page.ScreenshotAsync(new() { Path = chinese });
        await map.Page.GetByTestId("language-en").ClickAsync();
        await Expect(map.Page.GetByTestId("legend-title")).ToHaveTextAsync("Legend");
        var english = Path.Combine(folder, "map-en.png");
        await map.Page.ScreenshotAsync(new() { Path = english });

        Assert.True(new FileInfo(chinese).Length > 20_000, $"{chinese} looks empty");
        Assert.True(new FileInfo(english).Length > 20_000, $"{english} looks empty");
        Assert.Empty(map.Problems);
    }

    /// <summary>Shapes actually drawn for the layer: SVG paths with geometry, or point symbols.</summary>
    private static Task<int> DrawnCountAsync(IPage page, string layer) =>
        _symbolLayers.Contains(layer)
            ? page.Locator($".leaflet-fm-{layer}-pane .leaflet-marker-icon svg").CountAsync()
            : page.EvaluateAsync<int>(
                "pane => [...document.querySelectorAll(`.leaflet-${pane}-pane path`)].filter(p => (p.getAttribute('d') ?? '').length > 8).length",
                $"fm-{layer}");
}
