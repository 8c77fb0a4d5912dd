using System.Text.Json;
using Microsoft.Playwright;

namespace FireMap.Web.Tests;

/// <summary>The address search of an open map: typing into it as a user would, and reading its state and the map's view through the test hook.</summary>
public sealed class SearchPage(IPage page)
{
    private static readonly JsonSerializerOptions _json = new(JsonSerializerDefaults.Web);

    public IPage Page { get; } = page;

    public ILocator Input => Page.GetByTestId("search-input");

    public ILocator Level => Page.GetByTestId("search-level");

    public ILocator Score => Page.GetByTestId("search-score");

    public ILocator Message => Page.GetByTestId("search-message");

    public ILocator Candidates => Page.GetByTestId("search-candidate");

    /// <summary>Shapes drawn to outline what the search found (a halo and a line per feature).</summary>
    public ILocator Outline => Page.Locator(".leaflet-fm-search-highlight-pane path");

    /// <summary>Types the text and presses Enter; waits until the answer has been drawn and the map has arrived.</summary>
    public async Task SearchAsync(string text)
    {
        await Input.FillAsync(text);
        await Input.PressAsync("Enter");
        await SettledAsync();
    }

    public Task SettledAsync() => Page.EvaluateAsync("() => window.fireMap.search.settled()");

    public async Task<State> StateAsync()
    {
        var json = await Page.EvaluateAsync<string>("() => JSON.stringify(window.fireMap.search.state())");
        return JsonSerializer.Deserialize<State>(json, _json) ?? throw new InvalidOperationException("no search state");
    }

    /// <summary>The map's centre and zoom now.</summary>
    public async Task<View> ViewAsync()
    {
        var json = await Page.EvaluateAsync<string>(
            "() => { const m = window.fireMap.map, c = m.getCenter(); return JSON.stringify({ lon: c.lng, lat: c.lat, zoom: m.getZoom() }); }");
        return JsonSerializer.Deserialize<View>(json, _json)!;
    }

    /// <summary>Great-circle distance in metres (spherical earth, radius 6,371,008.8 m): plenty for "within 30 m".</summary>
    public static double Meters(double lon1, double lat1, double lon2, double lat2)
    {
        const double Radius = 6_371_008.8;
        static double Rad(double degrees) => degrees * Math.PI / 180;
        var a = Math.Pow(Math.Sin(Rad(lat2 - lat1) / 2), 2)
            + (Math.Cos(Rad(lat1)) * Math.Cos(Rad(lat2)) * Math.Pow(Math.Sin(Rad(lon2 - lon1) / 2), 2));
        return 2 * Radius * Math.Asin(Math.Min(1, Math.Sqrt(a)));
    }

    public sealed record View(double Lon, double Lat, double Zoom);

    public sealed record Candidate(string Level, string? Id, string Name, double? Score, bool Confident, double Lon, double Lat);

    public sealed record Shown(string Level, string? Id, double Lon, double Lat, double Zoom, string? Layer, string[] Ids, double Outlined, bool Pinned);

    public sealed record Here(string Status, double Lon, double Lat, JsonElement? Nearest);

    public sealed record State(
        string Status, string? Mode, string Query, string? Outcome, Candidate? Best, Candidate[] Candidates, Candidate? Chosen,
        Shown? Shown, Here? Here);
}
