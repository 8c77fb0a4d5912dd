using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using FireMap.TestHost;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace FireMap.Web.Tests;

/// <summary>
/// The map's code labels come from the service's <c>/api/vocabulary</c>: a label changed there is
/// the label on the map, and a vocabulary that fails to load leaves a working map that says so.
/// </summary>
[Collection(FireMapServerCollection.Name)]
public sealed class VocabularyTests(FireMapServerFixture server, Browser browser) : IClassFixture<Browser>
{
    private const string VocabularyUrl = "**/api/vocabulary";

    [Fact]
    public async Task Legend_vocabularyLabelChanged_showsTheServicesLabelInBothLanguages()
    {
        var requests = 0;
        await using var map = await MapPage.OpenAsync(browser, server, page =>
        {
            page.Request += (_, request) =>
            {
                if (request.Url.EndsWith("/api/vocabulary", StringComparison.Ordinal))
                {
                    Interlocked.Increment(ref requests);
                }
            };
            return RouteVocabularyAsync(page, vocabulary =>
                Relabel(vocabulary, "hydrantStatus", "ok", "完好（服务）", "Working (service)"));
        });
        var row = map.Page.GetByTestId("legend-item-hydrants-ok");

        await Expect(row.Locator(".fm-legend-label")).ToHaveTextAsync("完好（服务）");
        await map.Page.GetByTestId("language-en").ClickAsync();
        await Expect(row.Locator(".fm-legend-label")).ToHaveTextAsync("Working (service)");

        Assert.Equal(1, Volatile.Read(ref requests));
        Assert.Empty(map.Problems);
    }

    [Fact]
    public async Task PlannerListAndPopup_vocabularyLabelsChanged_showTheServicesLabels()
    {
        await using var map = await MapPage.OpenAsync(browser, server, page =>
            RouteVocabularyAsync(page, vocabulary =>
            {
                Relabel(vocabulary, "fireLaneStatus", "blocked", "堵死（服务）", "Jammed (service)");
                foreach (var term in vocabulary["useClass"]!["terms"]!.AsArray())
                {
                    term!["zh"] = $"{term["zh"]!.GetValue<string>()}（服务）";
                }
            }));

        var planner = new PlannerPage(map.Page);
        await planner.OpenAsync();
        await Expect(planner.Compounds.First.GetByTestId("planner-compound-status")).ToHaveTextAsync("堵死（服务）");
        await Expect(map.Page.GetByTestId("legend-item-fire-lanes-blocked")).ToContainTextAsync("堵死（服务）：剩余宽度 < 4 米");
        await map.Page.GetByTestId("planner-toggle").ClickAsync();
        await Expect(planner.Panel).ToBeHiddenAsync();

        await map.ClickFeatureAsync("buildings");
        var popup = map.Page.Locator(".leaflet-popup-content .fm-popup");
        await Expect(popup.Locator(".fm-popup-layer")).ToHaveTextAsync("建筑");
        var use = popup.Locator("dt", new() { HasTextString = "使用性质" }).Locator("xpath=following-sibling::dd[1]");
        await Expect(use).ToHaveTextAsync(new Regex("（服务）$"));
        Assert.Empty(map.Problems);
    }

    [Fact]
    public async Task RiskPanel_vocabularyLevelsChanged_showsThemLongInTheLegendAndShortInTheRanking()
    {
        await using var map = await MapPage.OpenAsync(browser, server, page =>
            RouteVocabularyAsync(page, vocabulary =>
            {
                foreach (var term in vocabulary["riskLevel"]!["terms"]!.AsArray())
                {
                    var code = term!["code"]!.GetValue<string>();
                    term["zh"] = $"{code}级风险";
                    term["en"] = $"Level {code}";
                }
            }));
        var risk = new RiskPage(map.Page);

        await risk.OpenAsync();

        var level = (await risk.Rows.First.GetAttributeAsync("data-level"))!;
        await Expect(risk.Rows.First.GetByTestId("risk-row-level")).ToHaveTextAsync($"{level}级");
        var legend = map.Page.GetByTestId($"legend-item-risk-{level}").Locator(".fm-legend-label");
        await Expect(legend).ToHaveTextAsync($"{level}级风险");
        await map.Page.GetByTestId("language-en").ClickAsync();
        await Expect(legend).ToHaveTextAsync($"Level {level} risk");
        Assert.Empty(map.Problems);
    }

    [Fact]
    public async Task StatusPanel_vocabularyFails_mapStillDrawsAndSaysTheLabelsAreMissing()
    {
        await using var map = await MapPage.OpenAsync(browser, server, page =>
            page.RouteAsync(VocabularyUrl, route => route.FulfillAsync(new() { Status = 500, Body = "{}" })));

        Assert.Empty(await map.FailedLayersAsync());
        var counts = await map.LayerCountsAsync();
        Assert.True(counts["hydrants"] > 0 && counts["buildings"] > 0, "the layers must load without the vocabulary");
        var error = map.Page.GetByTestId("status-errors").Locator("li[data-layer=vocabulary]");
        await Expect(error).ToBeVisibleAsync();
        await Expect(error).ToContainTextAsync("代码名称");
        await Expect(error).ToContainTextAsync("HTTP 500");
        await Expect(map.Page.GetByTestId("status")).ToContainTextAsync("代码的名称未能加载");

        // Codes show as "unknown", never as the code itself; the rest of the map works.
        await Expect(map.Page.GetByTestId("legend-item-hydrants-ok").Locator(".fm-legend-label")).ToHaveTextAsync("未知");
        await map.ClickFeatureAsync("buildings");
        var popup = map.Page.Locator(".leaflet-popup-content .fm-popup");
        await Expect(popup.Locator(".fm-popup-layer")).ToHaveTextAsync("建筑");
        await Expect(popup).ToContainTextAsync("使用性质");
        await Expect(popup).Not.ToContainTextAsync("residential");
        Assert.DoesNotContain(map.Problems, problem => problem.StartsWith("page error", StringComparison.Ordinal));
    }

    /// <summary>Answers the map's vocabulary request with the service's own document, changed by <paramref name="change"/>.</summary>
    private static Task RouteVocabularyAsync(IPage page, Action<JsonObject> change) =>
        page.RouteAsync(VocabularyUrl, async route =>
        {
            var response = await route.FetchAsync();
            var vocabulary = JsonNode.Parse(await response.TextAsync())!.AsObject();
            change(vocabulary);
            await route.FulfillAsync(new()
            {
                Status = 200,
                ContentType = "application/json; charset=utf-8",
                Body = vocabulary.ToJsonString(),
            });
        });

    private static void Relabel(JsonObject vocabulary, string list, string code, string chinese, string english)
    {
        var term = vocabulary[list]!["terms"]!.AsArray().Single(t => t!["code"]!.GetValue<string>() == code)!;
        term["zh"] = chinese;
        term["en"] = english;
    }
}
