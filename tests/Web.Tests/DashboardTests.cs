using FireMap.TestHost;
using Microsoft.Playwright;

namespace FireMap.Web.Tests;

/// <summary>
/// The dashboard is the sub-district office's start page: it opens first, renders every community's numbers and its
/// charts and the registers' figures at desktop and at a 390 px phone width, links to the other pages by role, and a number opens the rows behind it; other roles start on the map.
/// </summary>
[Collection(FireMapServerCollection.Name)]
public sealed class DashboardTests(FireMapServerFixture server, Browser browser) : IClassFixture<Browser>
{
    [Theory]
    [InlineData(1280, 800)]
    [InlineData(390, 844)]
    public async Task Dashboard_opens_first_for_the_office_and_renders_at_the_width(int width, int height)
    {
        await using var map = await MapPage.OpenAsync(browser, server, setupAsync: page => page.SetViewportSizeAsync(width, height), startPage: true);
        var page = map.Page;
        var panel = page.GetByTestId("dashboard-panel");
        await Assertions.Expect(panel).ToHaveAttributeAsync("data-state", "ready", new() { Timeout = 30_000 });
        await Assertions.Expect(panel).ToBeVisibleAsync();

        await using var command = server.DataSource.CreateCommand("SELECT count(*) FROM communities");
        var communities = (int)(long)(await command.ExecuteScalarAsync())!;
        await Assertions.Expect(panel.Locator("[data-testid^=dashboard-community-]")).ToHaveCountAsync(communities);
        await Assertions.Expect(panel.Locator("[data-testid^=dashboard-registers-]")).ToHaveCountAsync(communities);
        // Calendar, moderation and duty; the webhooks page is the administrator's.
        await Assertions.Expect(page.GetByTestId("dashboard-links").Locator("a")).ToHaveCountAsync(3);
        await Assertions.Expect(page.GetByTestId("dashboard-link-webhooks")).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByTestId("dashboard-days-left")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("dashboard-reports-line")).ToContainTextAsync($"/ {communities}");
        Assert.Equal(4, await panel.Locator("[data-testid^=dashboard-risk-count-]").CountAsync());

        // The panel fits the width: nothing sticks out sideways.
        var box = await panel.BoundingBoxAsync();
        Assert.NotNull(box);
        Assert.True(box.X >= 0 && box.X + box.Width <= width + 1, $"panel {box.X}+{box.Width} in {width}");
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"));
        Assert.True(await page.EvaluateAsync<bool>("""
            () => [...document.querySelectorAll('[data-testid=dashboard-panel] canvas')].length === 2
              && [...document.querySelectorAll('[data-testid=dashboard-panel] canvas')].every(canvas => {
                const pixels = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
                for (let i = 3; i < pixels.length; i += 4) if (pixels[i] !== 0) return true;
                return false;
              })
            """));

        // A number opens the list behind it: the open hazards of the first community that has some.
        var open = panel.Locator("[data-testid^=dashboard-open-]:not([disabled])").Filter(new() { HasTextRegex = new System.Text.RegularExpressions.Regex("^[1-9][0-9]*$") }).First;
        var count = int.Parse((await open.TextContentAsync())!, System.Globalization.CultureInfo.InvariantCulture);
        await open.ClickAsync();
        var detail = page.GetByTestId("dashboard-detail");
        await Assertions.Expect(detail.Locator("a")).ToHaveCountAsync(count);
        Assert.StartsWith("./#select=hazard:", await detail.Locator("a").First.GetAttributeAsync("href"), StringComparison.Ordinal);
        Assert.Empty(map.Problems);
    }

    [Fact]
    public async Task Community_staff_start_on_the_map_and_can_open_their_dashboard()
    {
        await using var map = await MapPage.OpenAsync(browser, server, role: "community", startPage: true);
        var page = map.Page;
        Assert.False(await page.GetByTestId("dashboard-panel").IsVisibleAsync());
        await page.GetByTestId("dashboard-toggle").ClickAsync();
        var panel = page.GetByTestId("dashboard-panel");
        await Assertions.Expect(panel).ToHaveAttributeAsync("data-state", "ready", new() { Timeout = 30_000 });
        await Assertions.Expect(panel.Locator("[data-testid^=dashboard-community-]")).ToHaveCountAsync(1);
        await Assertions.Expect(panel.Locator("[data-testid^=dashboard-registers-]")).ToHaveCountAsync(1);
        await Assertions.Expect(page.GetByTestId("dashboard-link-moderation")).ToHaveAttributeAsync("href", "moderation.html");
        Assert.Empty(map.Problems);
    }
    [Fact]
    public async Task Fires_and_event_venues_are_switched_on_from_the_dashboard_with_legend_and_popup()
    {
        await using var map = await MapPage.OpenAsync(browser, server, startPage: true);
        var page = map.Page;
        var panel = page.GetByTestId("dashboard-panel");
        await Assertions.Expect(panel).ToHaveAttributeAsync("data-state", "ready", new() { Timeout = 30_000 });
        Assert.DoesNotContain("incidents", await map.VisibleLayersAsync());
        // Not in the layer switcher: its stack has no room left.
        await Assertions.Expect(page.Locator("[data-testid=layer-switcher] [data-layer=incidents]")).ToHaveCountAsync(0);

        await page.GetByTestId("dashboard-layer-incidents").CheckAsync();
        await page.GetByTestId("dashboard-layer-event-venues").CheckAsync();
        Assert.Contains("incidents", await map.VisibleLayersAsync());
        Assert.Contains("event-venues", await map.VisibleLayersAsync());
        await Assertions.Expect(page.GetByTestId("legend-section-incidents")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("legend-section-event-venues")).ToBeVisibleAsync();

        await page.GetByTestId("dashboard-close").ClickAsync();
        await page.Locator(".leaflet-fm-incidents-pane path.leaflet-interactive").First.DispatchEventAsync("click");
        var popup = page.Locator(".leaflet-popup");
        await Assertions.Expect(popup).ToContainTextAsync("火灾警情");
        await Assertions.Expect(popup).ToContainTextAsync("发生时间");

        // Off again from the dashboard: the legend follows.
        await page.GetByTestId("dashboard-toggle").ClickAsync();
        await page.GetByTestId("dashboard-layer-incidents").UncheckAsync();
        Assert.DoesNotContain("incidents", await map.VisibleLayersAsync());
        await Assertions.Expect(page.GetByTestId("legend-section-incidents")).ToHaveCountAsync(0);
        Assert.Empty(map.Problems);
    }
}
