using System.Globalization;
using System.Text.Json;
using Microsoft.Playwright;

namespace FireMap.Web.Tests;

/// <summary>The analysts' risk view of an open map: its ranking panel, the risk layer as drawn and the contribution charts, through the page and the test hook.</summary>
public sealed class RiskPage(IPage page)
{
    private static readonly JsonSerializerOptions _json = new(JsonSerializerDefaults.Web);

    public IPage Page { get; } = page;

    public ILocator Panel => Page.GetByTestId("risk-panel");

    public ILocator Rows => Page.GetByTestId("risk-row");

    /// <summary>Opens the panel with its toggle and waits for the ranking.</summary>
    public async Task OpenAsync()
    {
        await Page.GetByTestId("risk-toggle").ClickAsync();
        await WaitForListAsync();
    }

    public Task WaitForListAsync() =>
        Page.WaitForFunctionAsync("() => window.fireMap.risk.state().list.status === 'ready'");

    /// <summary>Waits until every ranking page and every explanation asked for so far has been drawn.</summary>
    public Task SettledAsync() => Page.EvaluateAsync("() => window.fireMap.risk.settled()");

    /// <summary>The fill colour of each level, as the map draws it.</summary>
    public async Task<Dictionary<string, string>> LevelColorsAsync() =>
        JsonSerializer.Deserialize<Dictionary<string, string>>(
            await Page.EvaluateAsync<string>("() => JSON.stringify(window.fireMap.risk.colors)"))!;

    /// <summary>The compound's shape on the risk layer as drawn now, or null when it is not drawn.</summary>
    public async Task<Style?> CompoundStyleAsync(string id) =>
        JsonSerializer.Deserialize<Style?>(
            await Page.EvaluateAsync<string>("id => JSON.stringify(window.fireMap.risk.compoundStyle(id))", id), _json);

    /// <summary>The bars of a chart, top to bottom: factor, side, exact share and the fill drawn.</summary>
    public static async Task<Bar[]> BarsAsync(ILocator chart) =>
        [.. (await chart.Locator("[data-testid=risk-bar]").EvaluateAllAsync<string[][]>(
                "bars => bars.map(b => [b.dataset.factor, b.dataset.side, b.dataset.score, b.querySelector('rect').getAttribute('fill')])"))
            .Select(b => new Bar(b[0], b[1], double.Parse(b[2], CultureInfo.InvariantCulture), b[3]))];

    public sealed record Style(string? Level, string Fill);

    public sealed record Bar(string Factor, string Side, double Score, string Fill);
}
