using System.Globalization;
using System.Text;
using System.Text.Json;
using FireMap.TestHost;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace FireMap.Web.Tests;

/// <summary>
/// The analysts' risk view against the real risk model: the ranking panel lists what compoundRanking
/// says, compounds are drawn in their level's colour, a compound's chart adds up to its score, the
/// level filter narrows the list and the exports, and several runs draw a score history.
/// </summary>
[Collection(FireMapServerCollection.Name)]
public sealed class RiskTests(FireMapServerFixture server, Browser browser) : IClassFixture<Browser>
{
    private const string RankingQuery = """
        query($first: Int!, $level: RiskLevel) {
          compoundRanking(first: $first, level: $level) {
            totalCount
            edges { node { rank score level compoundId compound { name } contributions { factor side score explanation } } }
          }
        }
        """;

    [Fact]
    public async Task RiskPanel_opened_firstRowIsTheApisFirstAndCompoundsAreDrawnInTheirLevelsColour()
    {
        using var client = server.CreateClient();
        var top = (await RankingAsync(client, 1)).GetProperty("edges")[0].GetProperty("node");
        await using var map = await MapPage.OpenAsync(browser, server);
        var risk = new RiskPage(map.Page);

        await risk.OpenAsync();

        var first = risk.Rows.First;
        var id = top.GetProperty("compoundId").GetString()!;
        var level = top.GetProperty("level").GetString()!.ToLowerInvariant();
        var score = top.GetProperty("score").GetDouble();
        await Expect(first).ToHaveAttributeAsync("data-id", id);
        await Expect(first).ToHaveAttributeAsync("data-rank", top.GetProperty("rank").GetInt32().ToString(CultureInfo.InvariantCulture));
        await Expect(first).ToHaveAttributeAsync("data-level", level);
        Assert.Equal(score, double.Parse((await first.GetAttributeAsync("data-score"))!, CultureInfo.InvariantCulture), 1e-9);
        await Expect(first.GetByTestId("risk-row-score")).ToHaveTextAsync(score.ToString("F1", CultureInfo.InvariantCulture));
        await Expect(first.GetByTestId("risk-row-level")).ToHaveTextAsync(ChineseLevel(level));
        await Expect(first).ToContainTextAsync(top.GetProperty("compound").GetProperty("name").GetString()!);

        // Every listed compound is filled on the map with its level's colour, the top one included.
        var colors = await risk.LevelColorsAsync();
        Assert.Equal(new RiskPage.Style(level, colors[level]), await risk.CompoundStyleAsync(id));
        var rows = await risk.Rows.EvaluateAllAsync<string[][]>("rows => rows.map(r => [r.dataset.id, r.dataset.level])");
        Assert.True(rows.Length > 1);
        foreach (var row in rows)
        {
            Assert.Equal(new RiskPage.Style(row[1], colors[row[1]]), await risk.CompoundStyleAsync(row[0]));
        }

        Assert.Contains("risk", await map.VisibleLayersAsync());
        await Expect(map.Page.GetByTestId($"legend-item-risk-{level}")).ToContainTextAsync(LongLevel(level));

        // One side panel at a time: the planner's takes the room, the risk layer stays on the map.
        await map.Page.GetByTestId("planner-toggle").ClickAsync();
        await Expect(risk.Panel).ToBeHiddenAsync();
        await Expect(map.Page.GetByTestId("risk-toggle")).ToHaveAttributeAsync("aria-pressed", "false");
        Assert.Contains("risk", await map.VisibleLayersAsync());
        Assert.Empty(map.Problems);
    }

    [Fact]
    public async Task RiskPanel_rowClicked_chartBarsLargestFirstAddUpToTheScore()
    {
        using var client = server.CreateClient();
        var top = (await RankingAsync(client, 1)).GetProperty("edges")[0].GetProperty("node");
        var score = top.GetProperty("score").GetDouble();
        var nonZero = top.GetProperty("contributions").EnumerateArray().Count(c => c.GetProperty("score").GetDouble() > 0);
        await using var map = await MapPage.OpenAsync(browser, server);
        var risk = new RiskPage(map.Page);
        await risk.OpenAsync();

        await risk.Rows.First.ClickAsync();
        await risk.SettledAsync();

        var chart = risk.Panel.GetByTestId("risk-chart");
        await Expect(chart).ToBeVisibleAsync();
        var bars = await RiskPage.BarsAsync(chart);
        Assert.Equal(nonZero, bars.Length);
        Assert.Equal(score, bars.Sum(b => b.Score), 0.01);
        Assert.Equal(bars.Select(b => b.Score).OrderDescending(), bars.Select(b => b.Score));
        await Expect(chart.GetByTestId("risk-chart-total")).ToHaveTextAsync($"合计 {score.ToString("F1", CultureInfo.InvariantCulture)} 分");

        // Likelihood and consequence are told apart by colour, each side in one colour.
        var fills = bars.GroupBy(b => b.Side).ToDictionary(g => g.Key, g => g.Select(b => b.Fill).Distinct().Single());
        Assert.Contains("likelihood", fills.Keys);
        Assert.Contains("consequence", fills.Keys);
        Assert.NotEqual(fills["likelihood"], fills["consequence"]);
        Assert.Equal(top.GetProperty("compoundId").GetString(), (await StateAsync(map.Page)).GetProperty("selectedId").GetString());

        // Station factors measured by road say so in words under the bars, as the API gives them (model v2).
        var told = top.GetProperty("contributions").EnumerateArray()
            .Where(c => c.GetProperty("explanation").ValueKind == JsonValueKind.String)
            .ToDictionary(c => c.GetProperty("factor").GetString()!, c => c.GetProperty("explanation").GetString()!);
        Assert.NotEmpty(told);
        Assert.All(told.Values, text => Assert.Matches(@"^距.+车程 \d+\.\d 分钟$", text));
        await Expect(chart.GetByTestId("risk-explanation")).ToHaveCountAsync(told.Count);
        foreach (var (factor, text) in told)
        {
            await Expect(chart.Locator($"[data-testid=risk-explanation][data-factor={factor}]")).ToContainTextAsync(text);
        }

        // The same explanation in the compound's popup on the map, the smaller factors there in one bar.
        await map.Page.EvaluateAsync("id => window.fireMap.risk.openCompound(id)", top.GetProperty("compoundId").GetString());
        await risk.SettledAsync();
        var popupChart = map.Page.Locator(".leaflet-popup-content").GetByTestId("risk-chart");
        await Expect(popupChart).ToBeVisibleAsync();
        Assert.Equal(score, (await RiskPage.BarsAsync(popupChart)).Sum(b => b.Score), 0.01);
        Assert.Empty(map.Problems);
    }

    [Fact]
    public async Task RiskPanel_levelChosen_listsOnlyThatLevelAndExportsThatList()
    {
        using var client = server.CreateClient();
        var general = await RankingAsync(client, 500, "GENERAL");
        var total = general.GetProperty("totalCount").GetInt32();
        Assert.True(total > 0, "the demo data have compounds of general risk");
        await using var map = await MapPage.OpenAsync(browser, server);
        var risk = new RiskPage(map.Page);
        await risk.OpenAsync();

        await map.Page.GetByTestId("risk-level-filter").SelectOptionAsync("general");
        await risk.WaitForListAsync();
        await risk.SettledAsync();

        await Expect(risk.Rows).ToHaveCountAsync(Math.Min(total, 50));
        var levels = await risk.Rows.EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.level)");
        Assert.All(levels, l => Assert.Equal("general", l));
        var expectedIds = general.GetProperty("edges").EnumerateArray().Take(50).Select(e => e.GetProperty("node").GetProperty("compoundId").GetString());
        Assert.Equal(expectedIds, await risk.Rows.EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.id)"));

        var download = await map.Page.RunAndWaitForDownloadAsync(() => map.Page.GetByTestId("risk-export-csv").ClickAsync());
        await using var stream = await download.CreateReadStreamAsync();
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var lines = (await reader.ReadToEndAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("排名", lines[0], StringComparison.Ordinal);
        Assert.Equal(total, lines.Length - 1);
        Assert.All(lines.Skip(1), line => Assert.Contains(",一般风险,", line, StringComparison.Ordinal));
        Assert.Contains("level=general", await map.Page.GetByTestId("risk-export-xlsx").GetAttributeAsync("href"), StringComparison.Ordinal);
        Assert.Empty(map.Problems);
    }

    [Fact]
    public async Task RiskPanel_severalRuns_drawsTheScoreHistoryAsASparkline()
    {
        using var client = server.CreateClient();
        // An earlier run beside the latest one: the latest stays what the map shows.
        var earlier = DateTime.UtcNow.AddHours(8).AddDays(-40).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        await GraphQLClient.QueryAsync(client, "mutation($d: DateOnly) { recomputeRisk(asOf: $d) { id } }", new { d = earlier });
        var top = (await RankingAsync(client, 1)).GetProperty("edges")[0].GetProperty("node");
        var history = (await GraphQLClient.QueryAsync(client, "query($id: ID!) { riskHistory(compoundId: $id) { asOf } }",
            new { id = top.GetProperty("compoundId").GetString() })).GetProperty("riskHistory").GetArrayLength();
        Assert.True(history >= 2);
        await using var map = await MapPage.OpenAsync(browser, server);
        var risk = new RiskPage(map.Page);
        await risk.OpenAsync();

        await risk.Rows.First.ClickAsync();
        await risk.SettledAsync();

        var sparkline = risk.Panel.GetByTestId("risk-history");
        await Expect(sparkline).ToBeVisibleAsync();
        await Expect(sparkline).ToHaveAttributeAsync("data-count", history.ToString(CultureInfo.InvariantCulture));
        await Expect(sparkline.Locator("circle")).ToHaveCountAsync(history);
        await Expect(sparkline).ToContainTextAsync(earlier);
        Assert.Empty(map.Problems);
    }

    private static async Task<JsonElement> RankingAsync(HttpClient client, int first, string? level = null) =>
        (await GraphQLClient.QueryAsync(client, RankingQuery, new { first, level })).GetProperty("compoundRanking");

    private static async Task<JsonElement> StateAsync(IPage page) =>
        JsonDocument.Parse(await page.EvaluateAsync<string>("() => JSON.stringify(window.fireMap.risk.state())")).RootElement;

    private static string ChineseLevel(string level) => level switch
    {
        "major" => "重大",
        "significant" => "较大",
        "general" => "一般",
        _ => "低",
    };

    private static string LongLevel(string level) => $"{ChineseLevel(level)}风险";
}
