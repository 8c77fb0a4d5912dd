using System.Text.Json;
using FireMap.TestHost;
using Microsoft.Playwright;

namespace FireMap.Web.Tests;

/// <summary>
/// The map at <c>/</c> open in its own browser context, with everything that went wrong on the
/// way recorded: console errors, uncaught exceptions, failed requests and HTTP errors.
/// </summary>
public sealed class MapPage : IAsyncDisposable
{
    private readonly IBrowserContext _context;
    private readonly List<string> _problems = [];

    private MapPage(IBrowserContext context, IPage page)
    {
        _context = context;
        Page = page;
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                Record($"console error: {message.Text}");
            }
        };
        page.PageError += (_, error) => Record($"page error: {error}");
        page.RequestFailed += (_, request) => Record($"request failed: {request.Url} {request.Failure}");
        page.Response += (_, response) =>
        {
            if (response.Status >= 400)
            {
                Record($"HTTP {response.Status}: {response.Url}");
            }
        };
    }

    public IPage Page { get; }

    public IBrowserContext Context => _context;

    /// <summary>What went wrong so far; a healthy page has none.</summary>
    public IReadOnlyList<string> Problems
    {
        get
        {
            lock (_problems)
            {
                return [.. _problems];
            }
        }
    }

    /// <summary>
    /// Opens the map signed in as the demo account of <paramref name="role"/> and waits until every
    /// layer has loaded (or failed) and been added.
    /// </summary>
    /// <param name="setupAsync">Runs before navigation, e.g. to route a layer request to an error.</param>
    /// <param name="startPage">
    /// False: the user chose to start with the map, so the sub-district office's dashboard does not open first and
    /// cover part of it; true: the start page a new user of the role gets.
    /// </param>
    public static async Task<MapPage> OpenAsync(Browser browser, FireMapServerFixture server, Func<IPage, Task>? setupAsync = null,
        string role = SignIn.DefaultRole, bool startPage = false)
    {
        var context = await browser.NewContextAsync();
        await SignIn.ContextAsync(context, server, role);
        if (!startPage)
        {
            await context.AddInitScriptAsync("try { localStorage.setItem('firemap.startPage', 'map'); } catch (e) { }");
        }

        var mapPage = await NavigateAsync(context, server, setupAsync);
        await mapPage.WaitUntilReadyAsync();
        return mapPage;
    }

    /// <summary>Opens the map with nobody signed in and waits for its sign-in form.</summary>
    public static async Task<MapPage> OpenSignedOutAsync(Browser browser, FireMapServerFixture server, Func<IPage, Task>? setupAsync = null)
    {
        var context = await browser.NewContextAsync();
        var mapPage = await NavigateAsync(context, server, setupAsync);
        await new SignInPage(mapPage.Page).ExpectShownAsync();
        return mapPage;
    }

    /// <summary>A new page of <paramref name="context"/> with its problems recorded, for pages other than the map.</summary>
    public static async Task<MapPage> AttachAsync(IBrowserContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return new MapPage(context, await context.NewPageAsync());
    }

    private static async Task<MapPage> NavigateAsync(IBrowserContext context, FireMapServerFixture server, Func<IPage, Task>? setupAsync)
    {
        var page = await context.NewPageAsync();
        var mapPage = new MapPage(context, page);
        if (setupAsync is not null)
        {
            await setupAsync(page);
        }

        await page.GotoAsync($"{server.BaseUrl}/");
        return mapPage;
    }

    public async Task WaitUntilReadyAsync()
    {
        await Page.WaitForFunctionAsync("() => window.fireMap !== undefined");
        await Page.EvaluateAsync("() => window.fireMap.ready");
    }

    /// <summary>Features held by each layer, by layer name.</summary>
    public Task<Dictionary<string, int>> LayerCountsAsync() =>
        EvaluateJsonAsync<Dictionary<string, int>>("() => JSON.stringify(window.fireMap.layerCounts())");

    /// <summary>Names of the layers currently on the map.</summary>
    public Task<string[]> VisibleLayersAsync() =>
        EvaluateJsonAsync<string[]>("() => JSON.stringify(window.fireMap.visibleLayers())");

    /// <summary>Names of the layers whose endpoint failed.</summary>
    public Task<string[]> FailedLayersAsync() =>
        EvaluateJsonAsync<string[]>("() => JSON.stringify(window.fireMap.failedLayers().map(f => f.layer))");

    /// <summary>Clicks, as a user would, the middle of the first shape of the layer that nothing else covers.</summary>
    public async Task ClickFeatureAsync(string layer)
    {
        var point = await Page.EvaluateAsync<double[]>("""
            pane => {
              for (const path of document.querySelectorAll(`.leaflet-${pane}-pane path.leaflet-interactive`)) {
                const box = path.getBoundingClientRect();
                const x = box.left + box.width / 2, y = box.top + box.height / 2;
                if (box.width > 2 && document.elementFromPoint(x, y) === path) return [x, y];
              }
              return [];
            }
            """, $"fm-{layer}");
        Assert.True(point.Length == 2, $"no {layer} shape is on top anywhere on the map");
        await Page.Mouse.ClickAsync((float)point[0], (float)point[1]);
    }

    // Plain JSON strings cross the bridge unchanged, whatever Playwright's own serializer does.
    private async Task<T> EvaluateJsonAsync<T>(string expression)
    {
        var json = await Page.EvaluateAsync<string>(expression);
        return JsonSerializer.Deserialize<T>(json) ?? throw new InvalidOperationException($"{expression} returned null");
    }

    private void Record(string problem)
    {
        lock (_problems)
        {
            _problems.Add(problem);
        }
    }

    public async ValueTask DisposeAsync() => await _context.CloseAsync();
}
