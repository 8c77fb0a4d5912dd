using System.Text.Json;
using Microsoft.Playwright;

namespace FireMap.Web.Tests;

/// <summary>
/// The planners' fire-lane view of an open map: driving its panel and the map as a user would, and
/// reading its state, the lanes as drawn and the blockage markers through the test hook.
/// </summary>
public sealed class PlannerPage(IPage page)
{
    private static readonly JsonSerializerOptions _json = new(JsonSerializerDefaults.Web);

    public IPage Page { get; } = page;

    public ILocator Panel => Page.GetByTestId("planner-panel");

    public ILocator Compounds => Page.GetByTestId("planner-compound");

    /// <summary>The popup of one blockage (another one may still be fading out beside it).</summary>
    public ILocator BlockagePopup(string code) =>
        Page.Locator(".leaflet-popup").Filter(new() { Has = Page.Locator(".fm-popup-title", new() { HasTextString = $"占用堵塞 {code}" }) });

    /// <summary>Blockage symbols drawn on the map.</summary>
    public ILocator Markers => Page.Locator(".leaflet-fm-blockages-pane .leaflet-marker-icon");

    /// <summary>Opens the panel with its toggle and waits for the compound list.</summary>
    public async Task OpenAsync()
    {
        await Page.GetByTestId("planner-toggle").ClickAsync();
        await WaitForListAsync();
    }

    public Task WaitForListAsync() =>
        Page.WaitForFunctionAsync("() => window.fireMap.planner.state().list.status === 'ready'");

    /// <summary>Waits until every report, clear, list and layer request started so far has been answered and drawn.</summary>
    public Task SettledAsync() => Page.EvaluateAsync("() => window.fireMap.planner.settled()");

    public async Task<State> StateAsync()
    {
        var json = await Page.EvaluateAsync<string>("() => JSON.stringify(window.fireMap.planner.state())");
        return JsonSerializer.Deserialize<State>(json, _json) ?? throw new InvalidOperationException("no planner state");
    }

    /// <summary>The stroke colour of each lane state, as the map draws it.</summary>
    public async Task<Dictionary<string, string>> LaneColorsAsync() =>
        JsonSerializer.Deserialize<Dictionary<string, string>>(
            await Page.EvaluateAsync<string>("() => JSON.stringify(window.fireMap.planner.colors)"))!;

    /// <summary>The lane's path as drawn now: its state and its SVG stroke.</summary>
    public async Task<LaneStyle?> LaneStyleAsync(string code) =>
        JsonSerializer.Deserialize<LaneStyle?>(
            await Page.EvaluateAsync<string>("code => JSON.stringify(window.fireMap.planner.laneStyle(code))", code), _json);

    /// <summary>Waits until the lane is drawn with this stroke colour.</summary>
    public Task WaitForLaneStrokeAsync(string code, string stroke) =>
        Page.WaitForFunctionAsync(
            "([code, stroke]) => window.fireMap.planner.laneStyle(code)?.stroke === stroke", new[] { code, stroke });

    /// <summary>
    /// Centres the map on the point at zoom 18 and returns where it is on the page, or null when a
    /// marker or a control covers it there (a click would not reach the map).
    /// </summary>
    public async Task<double[]?> FreeMapPointAsync(double lon, double lat)
    {
        var point = await Page.EvaluateAsync<double[]>("""
            ([lon, lat]) => {
              const map = window.fireMap.map;
              map.setView([lat, lon], 18, { animate: false });
              const at = map.latLngToContainerPoint([lat, lon]);
              const box = map.getContainer().getBoundingClientRect();
              const x = box.left + at.x, y = box.top + at.y;
              const top = document.elementFromPoint(x, y);
              return top && !top.closest('.leaflet-marker-icon, .leaflet-control, .leaflet-popup, .fm-side, .fm-notice') ? [x, y] : [];
            }
            """, new[] { lon, lat });
        return point.Length == 2 ? point : null;
    }

    public Task ClickAsync(double[] point) => Page.Mouse.ClickAsync((float)point[0], (float)point[1]);

    public sealed record LaneStyle(string Status, string Stroke, string? Dash);

    public sealed record Notice(string Kind, string Text);

    public sealed record ListState(string Status, string[] Ids);

    public sealed record Report(string Id, string Code, string LaneId, bool Active);

    public sealed record Filter(string? Since, bool IncludeCleared);

    public sealed record State(
        bool Open, bool Reporting, bool FormOpen, Filter Filter, string? Community, string? SelectedId, ListState List,
        int Shown, Report? LastReport, Notice? Notice);
}
