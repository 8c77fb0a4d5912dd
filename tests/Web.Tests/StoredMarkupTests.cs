using System.Net;
using System.Text;
using FireMap.TestHost;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace FireMap.Web.Tests;

/// <summary>Names from imported files are shown as text: markup in them is never parsed, scripts in them never run.</summary>
[Collection(HostileDataCollection.Name)]
public sealed class StoredMarkupTests(FireMapServerFixture server, Browser browser) : IClassFixture<Browser>
{
    private const string Markup = "<img src=x onerror=window.__xss=1>";

    [Fact]
    public async Task MapPage_importedNamesHoldMarkup_showsThemAsTextInTooltipsPopupsAndLists()
    {
        await ImportHostileNamesAsync();
        await using var map = await MapPage.OpenAsync(browser, server);

        foreach (var (layer, code) in new[] { ("compounds", "T-XSS-C"), ("buildings", "T-XSS-B"), ("places", "T-XSS-P") })
        {
            var opened = await map.Page.EvaluateAsync<bool>("""
                code => {
                  let found = null;
                  window.fireMap.map.eachLayer(l => { if (l.feature?.properties?.code === code && l.getTooltip) found = l; });
                  if (!found) return false;
                  found.openTooltip(found.getBounds ? found.getBounds().getCenter() : found.getLatLng());
                  found.openPopup(found.getBounds ? found.getBounds().getCenter() : found.getLatLng());
                  return true;
                }
                """, code);
            Assert.True(opened, $"{layer} {code} is not on the map");
            var tooltips = map.Page.Locator(".leaflet-tooltip");
            await Expect(tooltips.Filter(new() { HasText = Markup }).First).ToBeAttachedAsync();
            await Expect(map.Page.Locator(".leaflet-popup-content").Filter(new() { HasText = Markup }).First).ToBeVisibleAsync();
        }

        // The ranking list and its community filter hold the names too: open it, and page to the end.
        var risk = new RiskPage(map.Page);
        await risk.OpenAsync();
        await Expect(map.Page.GetByTestId("risk-row").First).ToBeVisibleAsync();

        await map.Page.WaitForTimeoutAsync(300);
        Assert.Equal(0, await map.Page.Locator("img[src=x]").CountAsync());
        Assert.True(await map.Page.EvaluateAsync<bool>("() => window.__xss === undefined"), "the injected handler ran");
    }

    private async Task ImportHostileNamesAsync()
    {
        await using var command = server.DataSource.CreateCommand("SELECT code FROM communities ORDER BY id LIMIT 1");
        var community = (string)(await command.ExecuteScalarAsync())!;
        var name = Markup.Replace("\"", "\\\"", StringComparison.Ordinal);
        const string square = "[[[106.4800,29.4800],[106.4806,29.4800],[106.4806,29.4806],[106.4800,29.4806],[106.4800,29.4800]]]";
        const string inner = "[[[106.4801,29.4801],[106.4803,29.4801],[106.4803,29.4803],[106.4801,29.4803],[106.4801,29.4801]]]";
        var compounds = Collection($$"""{"type":"Polygon","coordinates":{{square}}}""",
            $$"""{"code":"T-XSS-C","name":"{{name}}","address":"{{name}}","community_code":"{{community}}","is_old":true}""");
        var buildings = Collection($$"""{"type":"Polygon","coordinates":{{inner}}}""",
            $$"""{"code":"T-XSS-B","name":"{{name}}","compound_code":"T-XSS-C","community_code":"{{community}}","address":"{{name}}","floors":6,"height_m":18,"use_class":"residential","alarm_system":"absent","smoke_control_system":"absent","sprinkler_system":"absent","hydrant_system":"absent"}""");
        var places = Collection("""{"type":"Point","coordinates":[106.4804,29.4804]}""",
            $$"""{"code":"T-XSS-P","name":"{{name}}","category":"restaurant","address":"{{name}}","community_code":"{{community}}"}""");

        using var client = server.CreateClient();
        client.DefaultRequestHeaders.Add("X-FireMap-Request", "1");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(compounds, Encoding.UTF8, "application/geo+json"), "files", "compounds.geojson" },
            { new StringContent(buildings, Encoding.UTF8, "application/geo+json"), "files", "buildings.geojson" },
            { new StringContent(places, Encoding.UTF8, "application/geo+json"), "files", "places.geojson" },
        };
        using var response = await client.PostAsync(new Uri("/api/imports", UriKind.Relative), form);
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }

    private static string Collection(string geometry, string properties) =>
        $$"""{"type":"FeatureCollection","features":[{"type":"Feature","geometry":{{geometry}},"properties":{{properties}}}]}""";
}
