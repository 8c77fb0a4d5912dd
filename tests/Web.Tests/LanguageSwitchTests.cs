using FireMap.TestHost;
using static Microsoft.Playwright.Assertions;

namespace FireMap.Web.Tests;

[Collection(FireMapServerCollection.Name)]
public sealed class LanguageSwitchTests(FireMapServerFixture server, Browser browser) : IClassFixture<Browser>
{
    [Fact]
    public async Task LanguageSwitch_englishThenChinese_relabelsLegendAndAttribution()
    {
        await using var map = await MapPage.OpenAsync(browser, server);
        var page = map.Page;
        var fireLanes = page.GetByTestId("legend-section-fire-lanes").Locator("h4");
        var attribution = page.Locator(".leaflet-control-attribution");
        await Expect(fireLanes).ToHaveTextAsync("消防车通道");

        await page.GetByTestId("language-en").ClickAsync();
        await Expect(page.GetByTestId("legend-title")).ToHaveTextAsync("Legend");
        await Expect(fireLanes).ToHaveTextAsync("Fire lanes");
        await Expect(attribution).ToContainTextAsync("Demo data are synthetic");
        await Expect(page.GetByTestId("layer-switcher")).ToContainTextAsync("Buildings");
        await Expect(page.GetByTestId("language-en")).ToHaveAttributeAsync("aria-pressed", "true");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en-GB");

        await page.GetByTestId("language-zh").ClickAsync();
        await Expect(page.GetByTestId("legend-title")).ToHaveTextAsync("图例");
        await Expect(fireLanes).ToHaveTextAsync("消防车通道");
        await Expect(attribution).ToContainTextAsync("演示数据为合成数据，非真实建筑与人员");
        await Expect(page.GetByTestId("layer-switcher")).ToContainTextAsync("建筑");
        Assert.Empty(map.Problems);
    }

    [Fact]
    public async Task LanguageSwitch_englishChosen_isRememberedAfterReload()
    {
        await using var map = await MapPage.OpenAsync(browser, server);
        await map.Page.GetByTestId("language-en").ClickAsync();

        await map.Page.ReloadAsync();
        await map.WaitUntilReadyAsync();

        await Expect(map.Page.GetByTestId("legend-title")).ToHaveTextAsync("Legend");
        await Expect(map.Page.GetByTestId("status")).ToContainTextAsync("layers loaded");
        Assert.Empty(map.Problems);
    }
}
