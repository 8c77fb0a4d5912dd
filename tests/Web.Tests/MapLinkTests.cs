using FireMap.TestHost;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace FireMap.Web.Tests;

/// <summary>The map's view, layers, selection and open panel live in the URL hash: a reload or a copied link shows the same.</summary>
[Collection(FireMapServerCollection.Name)]
public sealed class MapLinkTests(FireMapServerFixture server, Browser browser) : IClassFixture<Browser>
{
    private const string Link = "#map=17/29.48100/106.47900&layers=compounds,buildings,risk&select=compound:1&panel=risk";

    [Fact]
    public async Task Hash_sets_view_layers_selection_and_panel_and_a_reload_restores_them()
    {
        await using var map = await MapPage.OpenAsync(browser, server);
        await map.Page.EvaluateAsync($"() => {{ window.location.hash = '{Link}'; }}");
        await ExpectStateAsync(map.Page);

        await map.Page.ReloadAsync();
        await map.WaitUntilReadyAsync();
        await ExpectStateAsync(map.Page);
        var hash = await map.Page.EvaluateAsync<string>("() => window.location.hash");
        Assert.Contains("select=compound:1", hash, StringComparison.Ordinal);
        Assert.Contains("panel=risk", hash, StringComparison.Ordinal);
        Assert.Empty(map.Problems);
    }

    [Fact]
    public async Task Moving_the_map_and_closing_the_popup_write_the_hash()
    {
        await using var map = await MapPage.OpenAsync(browser, server);
        await map.Page.EvaluateAsync("() => window.fireMap.map.setView([29.47, 106.49], 16, { animate: false })");
        await Expect(map.Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(@"#map=16/29\.47000/106\.49000&layers=[a-z,-]+$"));
        await map.Page.EvaluateAsync("() => { window.location.hash = '#map=16/29.47/106.49&select=building:5'; }");
        await Expect(map.Page.Locator(".leaflet-popup")).ToBeVisibleAsync();
        await map.Page.Keyboard.PressAsync("Escape");
        await Expect(map.Page.Locator(".leaflet-popup")).ToHaveCountAsync(0);
        Assert.DoesNotContain("select=", await map.Page.EvaluateAsync<string>("() => window.location.hash"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Copied_link_of_a_compound_opens_the_same_view_and_popup()
    {
        await using var map = await MapPage.OpenAsync(browser, server);
        await map.Page.EvaluateAsync($"() => {{ window.location.hash = '{Link}'; }}");
        var link = map.Page.Locator(".leaflet-popup").GetByTestId("copy-link");
        await Expect(link).ToHaveTextAsync("复制链接");
        var href = await link.GetAttributeAsync("href");
        Assert.NotNull(href);
        Assert.Contains("select=compound:1", href, StringComparison.Ordinal);

        var page = await map.Context.NewPageAsync();
        await page.GotoAsync(href);
        await page.WaitForFunctionAsync("() => window.fireMap !== undefined");
        await page.EvaluateAsync("() => window.fireMap.ready");
        await ExpectStateAsync(page);
    }

    private static async Task ExpectStateAsync(IPage page)
    {
        await Expect(page.Locator(".leaflet-popup .fm-popup-layer")).ToHaveTextAsync("小区");
        await Expect(page.GetByTestId("risk-panel")).ToBeVisibleAsync();
        Assert.Equal(17, await page.EvaluateAsync<double>("() => window.fireMap.map.getZoom()"));
        var center = await page.EvaluateAsync<double[]>("() => { const c = window.fireMap.map.getCenter(); return [c.lat, c.lng]; }");
        Assert.Equal(29.481, center[0], 4);
        Assert.Equal(106.479, center[1], 4);
        Assert.Equal(["buildings", "compounds", "risk"], (await page.EvaluateAsync<string[]>("() => window.fireMap.visibleLayers()")).Order());
    }
}
