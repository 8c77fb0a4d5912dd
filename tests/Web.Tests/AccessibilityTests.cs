using System.Text.Json;
using FireMap.TestHost;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace FireMap.Web.Tests;

/// <summary>
/// axe-core finds no serious or critical violation on the map, each of its panels, a popup and the
/// sign-in page; the keyboard alone reaches the controls, opens and closes a panel, and Escape
/// closes a popup.
/// </summary>
[Collection(FireMapServerCollection.Name)]
public sealed class AccessibilityTests(FireMapServerFixture server, Browser browser) : IClassFixture<Browser>
{
    [Theory]
    [InlineData(null)]
    [InlineData("risk-toggle")]
    [InlineData("planner-toggle")]
    [InlineData("hazard-toggle")]
    [InlineData("radius-toggle")]
    [InlineData("print-open")]
    public async Task Map_and_its_panels_have_no_serious_violations(string? toggle)
    {
        await using var map = await MapPage.OpenAsync(browser, server);
        if (toggle is not null)
        {
            await map.Page.GetByTestId(toggle).ClickAsync();
        }

        await map.Page.EvaluateAsync("() => { window.location.hash = '#map=17/29.481/106.479&select=compound:1'; }");
        await Expect(map.Page.Locator(".leaflet-popup")).ToBeVisibleAsync();
        await ExpectNoSeriousViolationsAsync(map.Page);
    }

    [Fact]
    public async Task Sign_in_page_has_no_serious_violations()
    {
        await using var map = await MapPage.OpenSignedOutAsync(browser, server);
        await ExpectNoSeriousViolationsAsync(map.Page);
    }

    [Fact]
    public async Task Tab_reaches_the_skip_link_then_controls_before_any_shape()
    {
        await using var map = await MapPage.OpenAsync(browser, server);
        var page = map.Page;
        await page.Keyboard.PressAsync("Tab");
        await Expect(page.GetByTestId("skip-link")).ToBeFocusedAsync();
        await Expect(page.GetByTestId("skip-link")).ToHaveTextAsync("跳到地图");

        // Thirty Tabs reach buttons and fields, never an unnamed shape.
        var reached = new List<string>();
        for (var i = 0; i < 30; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            reached.Add(await page.EvaluateAsync<string>("""
                () => {
                  const e = document.activeElement;
                  const name = e.getAttribute('aria-label') || e.getAttribute('title') || e.textContent.trim() || e.getAttribute('placeholder') || (e.labels && e.labels[0] && e.labels[0].textContent.trim()) || '';
                  return `${e.tagName.toLowerCase()}|${name}`;
                }
                """));
        }

        Assert.DoesNotContain(reached, r => r.StartsWith("path|", StringComparison.Ordinal));
        Assert.DoesNotContain(reached, r => r.EndsWith('|'));
        Assert.Contains(reached, r => r.StartsWith("a|放大", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Keyboard_opens_and_closes_a_panel_and_Escape_closes_a_popup()
    {
        await using var map = await MapPage.OpenAsync(browser, server);
        var page = map.Page;
        await page.GetByTestId("risk-toggle").FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.GetByTestId("risk-panel")).ToBeVisibleAsync();
        await page.GetByTestId("risk-toggle").FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.GetByTestId("risk-panel")).ToBeHiddenAsync();

        var marker = page.Locator(".leaflet-fm-stations-pane .leaflet-marker-icon").First;
        Assert.StartsWith("消防站点：", await marker.GetAttributeAsync("aria-label"), StringComparison.Ordinal);
        await marker.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator(".leaflet-popup")).ToBeVisibleAsync();
        await Expect(page.Locator(".leaflet-popup-close-button")).ToHaveAttributeAsync("aria-label", "关闭弹窗");
        await page.Locator(".leaflet-popup-close-button").FocusAsync();
        await page.Keyboard.PressAsync("Escape");
        await Expect(page.Locator(".leaflet-popup")).ToHaveCountAsync(0);
    }

    internal static async Task ExpectNoSeriousViolationsAsync(IPage page)
    {
        // Evaluated rather than added as a script tag: the page's CSP refuses inline scripts.
        var axe = await File.ReadAllTextAsync(Path.Combine(RepositoryRoot.Find(), "web", "node_modules", "axe-core", "axe.min.js"));
        await page.EvaluateAsync(axe + "\n;true");
        var json = await page.EvaluateAsync<string>("""
            async () => {
              const result = await axe.run(document, { resultTypes: ['violations'] });
              return JSON.stringify(result.violations
                .filter((v) => v.impact === 'serious' || v.impact === 'critical')
                .map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length, first: v.nodes.slice(0, 3).map((n) => n.target.join(' ') + ' ' + (n.failureSummary || '').slice(0, 160)) })));
            }
            """);
        using var violations = JsonDocument.Parse(json);
        Assert.True(violations.RootElement.GetArrayLength() == 0, $"axe-core: {json}");
    }
}
