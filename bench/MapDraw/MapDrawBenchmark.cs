using System.Globalization;
using System.Text.Json;
using FireMap.Api;
using FireMap.Bench.Common;
using FireMap.Bench.Proximity;
using Microsoft.Extensions.Logging;
using Microsoft.Playwright;

namespace FireMap.Bench.MapDraw;

/// <summary>
/// One run: the generated city, the service as its own process, and the map in headless Chromium
/// (1280 × 800) signed in with a benchmark token. The map is moved to <c>views</c> places spread
/// over the city at the given zoom with the buildings switched off, and from switching them on each
/// view is timed until every visible buildings tile has arrived and is drawn (the tile layer's
/// <c>load</c> event, then one frame). A browser keeps tiles but revalidates them (ETag), so the
/// service cuts every tile each time.
/// </summary>
public sealed class MapDrawBenchmark(int buildings, int views, int zoom, int seed, int clusterPort, int apiPort, FireMapPaths paths, TextWriter log)
{
    /// <summary>Issue 17: a z14 view of the city draws in under 2 s.</summary>
    public const double MaxDrawMs = 2000;

    private const string ChromiumPath = "/usr/bin/chromium";

    // Moves the map and resolves when the buildings tiles of the new view are all drawn.
    private const string DrawView = """
        async ([lat, lon, zoom]) => {
          const grid = window.fireMap.tileLayer('buildings');
          const map = window.fireMap.map;
          // Off while moving, then on: every tile of the view is asked for and drawn, even where
          // an earlier view overlapped (a z14 view is about 10 km × 7 km).
          grid.remove();
          // Features drawn: every one passes through the plugin's _createLayer, wrapped for counting.
          let shapes = 0;
          const createLayer = grid._createLayer;
          grid._createLayer = function counted(...args) { shapes += 1; return createLayer.apply(this, args); };
          const start = performance.now();
          const loaded = new Promise((resolve) => grid.once('load', resolve));
          map.setView([lat, lon], zoom, { animate: false });
          map.addLayer(grid);
          await loaded;
          await new Promise((resolve) => requestAnimationFrame(() => resolve()));
          const ms = performance.now() - start;
          grid._createLayer = createLayer;
          const tiles = document.querySelectorAll('.leaflet-fm-buildings-pane .leaflet-tile-loaded').length;
          // When the last of the view's tiles had arrived: the rest of the time is decoding and drawing.
          const arrived = Math.max(0, ...performance.getEntriesByType('resource')
            .filter((entry) => entry.name.includes('/api/tiles/buildings/') && entry.startTime >= start)
            .map((entry) => entry.responseEnd - start));
          performance.clearResourceTimings();
          return JSON.stringify({ ms, shapes, tiles, arrived });
        }
        """;

    public async Task<bool> RunAsync(string command)
    {
        var work = Directory.CreateTempSubdirectory("firemap-bench-mapdraw-");
        using var loggers = LoggerFactory.Create(logging => logging.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(LogLevel.Warning));
        using var database = BenchDatabase.Start("bench-postgres", "firemap_bench", clusterPort, loggers);
        log.WriteLine($"Benchmark cluster on 127.0.0.1:{database.Port}; work folder {work.FullName}");
        var area = new BenchArea(buildings, 2000);
        var generated = await new BuildingGenerator(database.DataSource, area, buildings, seed).EnsureAsync(log);

        await using var service = await ApiProcess.StartAsync(paths, database.ConnectionString, [], apiPort, Path.Combine(work.FullName, "api.log"));
        var token = await BenchAccount.CreateTokenAsync(database.DataSource);

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = Environment.GetEnvironmentVariable("FIREMAP_CHROMIUM") is { Length: > 0 } path ? path : ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
        });
        await using var context = await browser.NewContextAsync(new()
        {
            ViewportSize = new() { Width = 1280, Height = 800 },
            Locale = "zh-CN",
            ExtraHTTPHeaders = new Dictionary<string, string> { ["Authorization"] = $"Bearer {token}" },
        });
        await context.AddInitScriptAsync("try { localStorage.setItem('firemap.startPage', 'map'); } catch (e) { }");
        var page = await context.NewPageAsync();
        var errors = new List<string>();
        page.PageError += (_, error) => errors.Add(error);

        var opening = System.Diagnostics.Stopwatch.StartNew();
        await page.GotoAsync(service.BaseAddress.ToString());
        await page.WaitForFunctionAsync("() => window.fireMap !== undefined", null, new() { Timeout = 120_000 });
        await page.EvaluateAsync("() => window.fireMap.ready");
        var openMs = opening.Elapsed.TotalMilliseconds;
        var tiled = await page.EvaluateAsync<string[]>("() => window.fireMap.tiledLayers()");
        if (!tiled.Contains("buildings"))
        {
            throw new InvalidOperationException($"The map did not draw the buildings from tiles (tiled: {string.Join(", ", tiled)})");
        }

        // One full view first, not counted, a quarter of the way in from the south-west corner, off the
        // counted views' diagonal: the first tiles after the service starts, and the browser's first
        // decoding and drawing, pay for compiling their code, which a running service and an open map
        // have done long before.
        var warmUp = await DrawAsync(page, area.South + area.SideMeters * area.DegreesPerMeterLat / 4, area.West + area.SideMeters * area.DegreesPerMeterLon / 4);
        log.WriteLine(Invariant($"  warm-up view (not counted): {warmUp.Ms:0} ms"));
        var draws = new List<(double Ms, int Shapes, int Tiles, double Arrived)>();
        foreach (var (lat, lon) in Places(area))
        {
            var draw = await DrawAsync(page, lat, lon);
            log.WriteLine(Invariant($"  view at {lat:0.0000}, {lon:0.0000} z{zoom}: {draw.Ms:0} ms (last tile arrived at {draw.Arrived:0} ms), {draw.Tiles} tiles, {draw.Shapes:N0} features drawn"));
            draws.Add(draw);
        }

        var times = draws.Select(d => d.Ms).Order().ToList();
        var median = times[times.Count / 2];
        var worst = times[^1];
        var passed = worst < MaxDrawMs && errors.Count == 0;
        log.WriteLine();
        log.WriteLine("## Map draw benchmark: the buildings layer from vector tiles in headless Chromium");
        log.WriteLine();
        log.WriteLine($"- command: `{command}`");
        log.WriteLine(Invariant($"- data: {buildings:N0} generated buildings over {area.Describe()} (seed {seed}){(generated is { } took ? $", generated in {took.TotalSeconds:0} s" : "")}"));
        log.WriteLine(Invariant($"- browser: Chromium headless, 1280 × 800, service and database on the same machine; load average after: {LoadAverage()}"));
        log.WriteLine(Invariant($"- page open (sign-in, vocabulary, tile index, every layer) until ready: {openMs:0} ms"));
        log.WriteLine();
        var arrivedMedian = draws.Select(d => d.Arrived).Order().ToList()[draws.Count / 2];
        log.WriteLine("| what | median ms | worst ms | last tile arrived, median ms | features drawn per view | tiles per view | target | result |");
        log.WriteLine("|---|---:|---:|---:|---:|---:|---:|---|");
        log.WriteLine(Invariant($"| {views} z{zoom} views, buildings switched on until drawn | {median:0} | {worst:0} | {arrivedMedian:0} | {draws.Average(d => d.Shapes):N0} | {draws.Average(d => d.Tiles):0} | < {MaxDrawMs:0} | {(passed ? "PASS" : "FAIL")} |"));
        if (errors.Count > 0)
        {
            log.WriteLine($"page errors: {string.Join("; ", errors)}");
        }

        return passed;
    }

    private async Task<(double Ms, int Shapes, int Tiles, double Arrived)> DrawAsync(IPage page, double lat, double lon)
    {
        var json = await page.EvaluateAsync<string>(DrawView, new object[] { lat, lon, zoom });
        using var result = JsonDocument.Parse(json);
        var root = result.RootElement;
        return (root.GetProperty("ms").GetDouble(), root.GetProperty("shapes").GetInt32(), root.GetProperty("tiles").GetInt32(), root.GetProperty("arrived").GetDouble());
    }

    // Places on a diagonal across the city, far enough apart that no view reuses another's tiles.
    private IEnumerable<(double Lat, double Lon)> Places(BenchArea area)
    {
        var north = area.South + area.SideMeters * area.DegreesPerMeterLat;
        var east = area.West + area.SideMeters * area.DegreesPerMeterLon;
        for (var i = 0; i < views; i++)
        {
            var f = (i + 1.0) / (views + 1);
            yield return (area.South + (north - area.South) * f, area.West + (east - area.West) * (views % 2 == 0 ? f : 1 - f));
        }
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "?";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
