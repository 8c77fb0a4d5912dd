using System.Globalization;
using System.Text;
using System.Text.Json;
using FireMap.TestHost;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace FireMap.Web.Tests;

/// <summary>The planner panel's compound list, community filter, exports and the date filter of the blockages on the map.</summary>
[Collection(FireMapServerCollection.Name)]
public sealed class PlannerListTests(FireMapServerFixture server, Browser browser) : IClassFixture<Browser>
{
    private const string WorstQuery = """
        query($community: String) {
          worstFireLaneCompounds(first: 50, communityCode: $community) {
            id name communityCode fireLaneStatus activeBlockageCount blockedLengthMeters activeBlockages { id }
          }
        }
        """;

    private static readonly TimeSpan _beijing = TimeSpan.FromHours(8);

    [Fact]
    public async Task PlannerList_opened_putsTheCompoundWithTheLongestBlockedLengthFirstWithTheApiCount()
    {
        using var client = server.CreateClient();
        var worst = await WorstAsync(client, null);
        var first = worst[0];
        var blockedLength = first.GetProperty("blockedLengthMeters").GetDouble();
        Assert.True(blockedLength > 0, "the demo data should have a blocked lane");
        Assert.Equal(worst.Max(c => c.GetProperty("blockedLengthMeters").GetDouble()), blockedLength);
        var count = first.GetProperty("activeBlockageCount").GetInt32();

        await using var map = await MapPage.OpenAsync(browser, server);
        var planner = new PlannerPage(map.Page);
        await planner.OpenAsync();

        Assert.Equal(worst.Select(c => c.GetProperty("id").GetString()), (await planner.StateAsync()).List.Ids);
        var row = planner.Compounds.First;
        await Expect(row).ToHaveAttributeAsync("data-id", first.GetProperty("id").GetString()!);
        await Expect(row.Locator(".fm-radius-name")).ToHaveTextAsync(first.GetProperty("name").GetString()!);
        await Expect(row.GetByTestId("planner-compound-status")).ToHaveTextAsync("堵塞");
        await Expect(row.GetByTestId("planner-compound-count")).ToHaveTextAsync(count.ToString(CultureInfo.InvariantCulture));
        await Expect(row).ToContainTextAsync($"未清除占用 {count} 处");

        // Opened, it lists its active blockages, each with its own clear button.
        await row.ClickAsync();
        var blockages = planner.Panel.GetByTestId("planner-blockage");
        await Expect(blockages).ToHaveCountAsync(count);
        Assert.Equal(first.GetProperty("activeBlockages").EnumerateArray().Select(b => b.GetProperty("id").GetString()),
            await blockages.EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.id)"));
        await Expect(planner.Panel.GetByTestId("planner-blockage-clear")).ToHaveCountAsync(count);

        // Its community chosen: the community's list, and its active blockages exported.
        var community = first.GetProperty("communityCode").GetString()!;
        await map.Page.GetByTestId("planner-community").SelectOptionAsync(community);
        await planner.SettledAsync();
        var inCommunity = await WorstAsync(client, community);
        Assert.Equal(inCommunity.Select(c => c.GetProperty("id").GetString()), (await planner.StateAsync()).List.Ids);
        var active = inCommunity.Sum(c => c.GetProperty("activeBlockageCount").GetInt32());
        var csv = Encoding.UTF8.GetString(await DownloadAsync(map.Page, "planner-export-csv")).TrimStart('\uFEFF');
        var lines = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("社区,小区", lines[0], StringComparison.Ordinal);
        Assert.Equal(active, lines.Length - 1);
        var xlsx = await DownloadAsync(map.Page, "planner-export-xlsx");
        Assert.Equal("PK"u8.ToArray(), xlsx[..2]);
        await Expect(map.Page.GetByTestId("planner-export-xlsx")).ToHaveAttributeAsync(
            "href", $"api/exports/blockages.xlsx?community={community}&lang=zh");
        Assert.Empty(map.Problems);
    }

    [Fact]
    public async Task DateFilter_sinceChosen_showsAsManyBlockagesAsTheLayerEndpointReturns()
    {
        using var client = server.CreateClient();
        var active = await LaneData.BlockageFeaturesAsync(client, "active=true");
        // The median day of report (Beijing time), so that the filter keeps some and drops some.
        var days = active.Select(f => DateTimeOffset.Parse(f.GetProperty("properties").GetProperty("reported_at").GetString()!,
            CultureInfo.InvariantCulture).ToOffset(_beijing).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Order().ToList();
        var since = days[days.Count / 2];
        var sinceParameter = Uri.EscapeDataString($"{since}T00:00:00+08:00");
        var expected = (await LaneData.BlockageFeaturesAsync(client, $"active=true&since={sinceParameter}")).Count;
        Assert.InRange(expected, 1, active.Count - 1);
        var withCleared = await LaneData.BlockageFeaturesAsync(client, $"since={sinceParameter}");
        var cleared = withCleared.Count(f => !f.GetProperty("properties").GetProperty("active").GetBoolean());
        Assert.True(cleared > 0, $"the demo data should have blockages cleared after {since}");

        await using var map = await MapPage.OpenAsync(browser, server);
        var planner = new PlannerPage(map.Page);
        await planner.OpenAsync();
        await Expect(planner.Markers).ToHaveCountAsync(active.Count);
        await Expect(map.Page.GetByTestId("planner-shown")).ToHaveTextAsync($"地图上显示 {active.Count} 处");

        await map.Page.GetByTestId("planner-since").FillAsync(since);
        await planner.SettledAsync();
        await Expect(planner.Markers).ToHaveCountAsync(expected);
        Assert.Equal(expected, (await map.LayerCountsAsync())["blockages"]);
        await Expect(map.Page.GetByTestId("planner-shown")).ToHaveTextAsync($"地图上显示 {expected} 处（{since} 以来上报）");

        // Cleared ones too: drawn with their own symbol, counted apart in the legend.
        await map.Page.GetByTestId("planner-cleared").CheckAsync();
        await planner.SettledAsync();
        await Expect(planner.Markers).ToHaveCountAsync(withCleared.Count);
        var legendRow = map.Page.GetByTestId("legend-item-blockages-cleared");
        await Expect(legendRow).ToContainTextAsync("已清除的占用");
        await Expect(legendRow.Locator(".fm-legend-count")).ToHaveTextAsync(cleared.ToString(CultureInfo.InvariantCulture));

        await map.Page.GetByTestId("planner-filter-reset").ClickAsync();
        await planner.SettledAsync();
        await Expect(planner.Markers).ToHaveCountAsync(active.Count);
        await Expect(legendRow).ToHaveCountAsync(0);
        Assert.Empty(map.Problems);
    }

    [Fact]
    public async Task PlannerPanel_inEnglish_labelsInEnglishAndExportsEnglishLists()
    {
        await using var map = await MapPage.OpenAsync(browser, server);
        var page = map.Page;
        var planner = new PlannerPage(page);
        await page.GetByTestId("language-en").ClickAsync();
        await Expect(page.GetByTestId("planner-toggle")).ToHaveTextAsync("Fire lanes");
        await planner.OpenAsync();

        await Expect(planner.Panel.Locator("h2")).ToHaveTextAsync("Fire lanes · one plan per compound");
        await Expect(page.GetByTestId("planner-report")).ToHaveTextAsync("Report blockage");
        await Expect(planner.Compounds.First.GetByTestId("planner-compound-status")).ToHaveTextAsync("Blocked");
        await Expect(page.GetByTestId("legend-section-fire-lanes")).ToContainTextAsync("Blocked: under 4 m left");
        await Expect(page.GetByTestId("planner-export-csv")).ToHaveAttributeAsync("href", "api/exports/blockages.csv?lang=en");
        var csv = Encoding.UTF8.GetString(await DownloadAsync(page, "planner-export-csv")).TrimStart('\uFEFF');
        Assert.StartsWith("community,compound", csv, StringComparison.Ordinal);

        // Switching back relabels the open panel without asking again.
        await page.GetByTestId("language-zh").ClickAsync();
        await Expect(page.GetByTestId("planner-report")).ToHaveTextAsync("上报占用");
        await Expect(planner.Compounds.First.GetByTestId("planner-compound-status")).ToHaveTextAsync("堵塞");
        Assert.Empty(map.Problems);
    }

    private static async Task<List<JsonElement>> WorstAsync(HttpClient client, string? community) =>
        [.. (await GraphQLClient.QueryAsync(client, WorstQuery, new { community })).GetProperty("worstFireLaneCompounds").EnumerateArray()];

    private static async Task<byte[]> DownloadAsync(IPage page, string testId)
    {
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId(testId).ClickAsync());
        Assert.Null(await download.FailureAsync());
        return await File.ReadAllBytesAsync(await download.PathAsync());
    }
}
