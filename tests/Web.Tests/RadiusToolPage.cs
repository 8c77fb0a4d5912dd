using System.Globalization;
using System.Text.Json;
using Microsoft.Playwright;

namespace FireMap.Web.Tests;

/// <summary>The radius tool of an open map: driving it as a user would, and reading its state through the test hook.</summary>
public sealed class RadiusToolPage(IPage page)
{
    private static readonly JsonSerializerOptions _json = new(JsonSerializerDefaults.Web);

    public IPage Page { get; } = page;

    public ILocator Panel => Page.GetByTestId("radius-panel");

    public ILocator Rows(string layer) => Page.GetByTestId($"radius-row-{layer}");

    public Task ActivateAsync() => Page.GetByTestId("radius-toggle").ClickAsync();

    /// <summary>Clicks the map where the point is drawn now; fails if something that swallows clicks is on top.</summary>
    public async Task ClickMapAtAsync(double lon, double lat)
    {
        var point = await Page.EvaluateAsync<double[]>("""
            ([lon, lat]) => {
              const map = window.fireMap.map;
              const at = map.latLngToContainerPoint([lat, lon]);
              const box = map.getContainer().getBoundingClientRect();
              return [box.left + at.x, box.top + at.y];
            }
            """, new[] { lon, lat });
        var onTop = await Page.EvaluateAsync<string>(
            "([x, y]) => { const e = document.elementFromPoint(x, y); return e.closest('.leaflet-marker-icon, .leaflet-control, .fm-side') ? e.outerHTML : ''; }",
            point);
        Assert.True(onTop.Length == 0, $"the map point ({lon}, {lat}) is covered by {onTop}");
        await Page.Mouse.ClickAsync((float)point[0], (float)point[1]);
    }

    /// <summary>Moves the slider as a user would (input events) and waits for the answer for that radius.</summary>
    public async Task SetRadiusAsync(int meters)
    {
        await Page.GetByTestId("radius-slider").FillAsync(meters.ToString(CultureInfo.InvariantCulture));
        await WaitForSearchAsync(meters);
    }

    /// <summary>Waits until a search for this radius has been answered and drawn.</summary>
    public Task WaitForSearchAsync(double radius) =>
        Page.WaitForFunctionAsync(
            "r => { const s = window.fireMap.radius.state(); return s.status === 'ready' && s.searched?.radius === r; }",
            radius);

    public async Task<State> StateAsync()
    {
        var json = await Page.EvaluateAsync<string>("() => JSON.stringify(window.fireMap.radius.state())");
        return JsonSerializer.Deserialize<State>(json, _json) ?? throw new InvalidOperationException("no radius state");
    }

    /// <summary>Distances in metres of the listed rows of one layer, top to bottom.</summary>
    public async Task<double[]> RowDistancesAsync(string layer) =>
        [.. (await Rows(layer).EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.distance)"))
            .Select(d => double.Parse(d, CultureInfo.InvariantCulture))];

    /// <summary>Feature ids of the listed rows of one layer, top to bottom.</summary>
    public Task<string[]> RowIdsAsync(string layer) =>
        Rows(layer).EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.id)");

    public sealed record Point(double Lon, double Lat);

    public sealed record Station(string Id, string Name, string Kind);

    public sealed record Circle(double Lon, double Lat, double Radius);

    public sealed record Searched(Point Center, double Radius, Dictionary<string, int> Totals);

    public sealed record State(
        bool Active, string Status, double Radius, Point? Center, Station? Station, Searched? Searched, Circle? Circle,
        Dictionary<string, int> Highlighted);
}
