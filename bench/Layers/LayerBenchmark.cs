using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using FireMap.Api;
using FireMap.Api.Database;
using FireMap.Api.Layers;
using FireMap.Bench.Common;
using FireMap.Bench.Proximity;
using FireMap.Spatial.Geometry;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace FireMap.Bench.Layers;

/// <summary>
/// One run: the generated city, the service as its own process, then for the buildings layer
/// (a bbox holding the whole city) and for a block of vector tiles at z14–z16 around the centre,
/// the service's answer against the same SQL run directly, alternating, one request at a time.
/// Times are wall-clock per request as the client sees it, uncompressed on both sides.
/// </summary>
public sealed class LayerBenchmark(int buildings, int repeats, int seed, int clusterPort, int apiPort, FireMapPaths paths, TextWriter log)
{
    /// <summary>Issue 17: GeoJSON layer ≤ 1.2 × its json_agg SQL; tile ≤ 1.5 × its SQL.</summary>
    public const double MaxLayerRatio = 1.2;
    public const double MaxTileRatio = 1.5;

    private static readonly int[] _tileZooms = [14, 15, 16];

    public async Task<bool> RunAsync(string command)
    {
        var work = Directory.CreateTempSubdirectory("firemap-bench-layers-");
        using var loggers = LoggerFactory.Create(logging => logging.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(LogLevel.Warning));
        using var database = BenchDatabase.Start("bench-postgres", "firemap_bench", clusterPort, loggers);
        log.WriteLine($"Benchmark cluster on 127.0.0.1:{database.Port}; work folder {work.FullName}");
        var area = new BenchArea(buildings, 2000);
        await new BuildingGenerator(database.DataSource, area, buildings, seed).EnsureAsync(log);

        await using var service = await ApiProcess.StartAsync(paths, database.ConnectionString, [], apiPort, Path.Combine(work.FullName, "api.log"));
        var token = await BenchAccount.CreateTokenAsync(database.DataSource);
        // No Accept-Encoding: both sides move the same uncompressed bytes.
        using var http = new HttpClient { BaseAddress = service.BaseAddress, Timeout = TimeSpan.FromMinutes(5) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

        var box = BoundingBox.TryCreate(area.West, area.South, area.East, area.North, out var error) ?? throw new InvalidOperationException(error);
        var layer = await MeasureLayerAsync(database.DataSource, http, box);
        var tiles = await MeasureTilesAsync(database.DataSource, http, area);

        var layerRatio = layer.Api / layer.Sql;
        var tileRatio = tiles.Sum(t => t.Api) / tiles.Sum(t => t.Sql);
        log.WriteLine();
        log.WriteLine("## Layer and tile benchmark: the service against the same SQL alone");
        log.WriteLine();
        log.WriteLine($"- command: `{command}`");
        log.WriteLine($"- data: {buildings:N0} generated buildings over {area.Describe()} (seed {seed}); one client, one request at a time, " +
            $"{repeats} measured repeats after one warm-up, medians; uncompressed; load average after: {LoadAverage()}");
        log.WriteLine();
        log.WriteLine("| what | SQL alone ms | service ms | ratio | target | result |");
        log.WriteLine("|---|---:|---:|---:|---:|---|");
        log.WriteLine(Invariant($"| buildings layer, bbox of the whole city: {layer.Features:N0} features, {layer.Bytes / 1e6:0.0} MB (json_agg SQL vs /api/layers streamed) | {layer.Sql:0.0} | {layer.Api:0.0} | {layerRatio:0.00} | ≤ {MaxLayerRatio:0.0} | {Verdict(layerRatio <= MaxLayerRatio)} |"));
        foreach (var zoom in tiles)
        {
            log.WriteLine(Invariant($"| buildings tiles z{zoom.Zoom}: {zoom.Tiles} tiles, {zoom.Features:N0} features, {zoom.Bytes / 1e3:0} kB (ST_AsMVT SQL vs /api/tiles) | {zoom.Sql:0.0} | {zoom.Api:0.0} | {zoom.Api / zoom.Sql:0.00} | | |"));
        }

        log.WriteLine(Invariant($"| all tiles | {tiles.Sum(t => t.Sql):0.0} | {tiles.Sum(t => t.Api):0.0} | {tileRatio:0.00} | ≤ {MaxTileRatio:0.0} | {Verdict(tileRatio <= MaxTileRatio)} |"));
        var passed = layerRatio <= MaxLayerRatio && tileRatio <= MaxTileRatio;
        log.WriteLine();
        log.WriteLine($"overall: {Verdict(passed)}");
        return passed;
    }

    private async Task<(double Sql, double Api, long Features, long Bytes)> MeasureLayerAsync(NpgsqlDataSource dataSource, HttpClient http, BoundingBox box)
    {
        var url = new Uri(Invariant($"api/layers/buildings.geojson?bbox={box.West:R},{box.South:R},{box.East:R},{box.North:R}"), UriKind.Relative);
        var sql = LayerQueries.AsFeatureCollection(LayerQueries.ByName["buildings"]);
        var features = 0L;
        await using (var count = dataSource.CreateCommand(LayerQueries.CountUpTo(LayerQueries.ByName["buildings"])))
        {
            Bind(count.Parameters, box);
            count.Parameters.AddWithValue("limit", int.MaxValue);
            features = (long)(await count.ExecuteScalarAsync())!;
        }

        var sqlTimes = new List<double>();
        var apiTimes = new List<double>();
        long bytes = 0;
        log.WriteLine($"Buildings layer, {features:N0} features: 1 warm-up and {repeats} repeats per side ...");
        for (var i = 0; i <= repeats; i++)
        {
            var clock = Stopwatch.StartNew();
            await using (var command = dataSource.CreateCommand(sql))
            {
                Bind(command.Parameters, box);
                bytes = ((string)(await command.ExecuteScalarAsync())!).Length;
            }

            var sqlMs = clock.Elapsed.TotalMilliseconds;
            clock.Restart();
            var body = await http.GetByteArrayAsync(url);
            var apiMs = clock.Elapsed.TotalMilliseconds;
            if (i > 0)
            {
                sqlTimes.Add(sqlMs);
                apiTimes.Add(apiMs);
            }

            bytes = body.Length;
        }

        return (Median(sqlTimes), Median(apiTimes), features, bytes);
    }

    private async Task<List<(int Zoom, int Tiles, long Features, long Bytes, double Sql, double Api)>> MeasureTilesAsync(NpgsqlDataSource dataSource, HttpClient http, BenchArea area)
    {
        var layer = TileLayers.ByName["buildings"];
        var results = new List<(int, int, long, long, double, double)>();
        foreach (var zoom in _tileZooms)
        {
            // A 3 × 3 block of tiles around the city's centre: a screenful of a map.
            var (cx, cy) = TileOf((area.West + area.East) / 2, (area.South + area.North) / 2, zoom);
            var block = (from dx in new[] { -1, 0, 1 } from dy in new[] { -1, 0, 1 } select (X: cx + dx, Y: cy + dy)).ToList();
            long bytes = 0;
            var sqlTimes = new List<double>();
            var apiTimes = new List<double>();
            log.WriteLine($"Buildings tiles z{zoom}, {block.Count} tiles: 1 warm-up and {repeats} repeats per side ...");
            for (var i = 0; i <= repeats; i++)
            {
                double sqlMs = 0, apiMs = 0;
                bytes = 0;
                foreach (var (x, y) in block)
                {
                    var clock = Stopwatch.StartNew();
                    var tile = await TileEndpoint.CutAsync(dataSource, layer, zoom, x, y, null, CancellationToken.None);
                    sqlMs += clock.Elapsed.TotalMilliseconds;
                    clock.Restart();
                    var served = await http.GetByteArrayAsync(new Uri(Invariant($"api/tiles/buildings/{zoom}/{x}/{y}.mvt"), UriKind.Relative));
                    apiMs += clock.Elapsed.TotalMilliseconds;
                    if (served.Length != tile.Length)
                    {
                        throw new InvalidOperationException($"The service's tile {zoom}/{x}/{y} has {served.Length} bytes, the SQL's {tile.Length}");
                    }

                    bytes += tile.Length;
                }

                if (i > 0)
                {
                    sqlTimes.Add(sqlMs);
                    apiTimes.Add(apiMs);
                }
            }

            results.Add((zoom, block.Count, await CountFeaturesAsync(dataSource, zoom, block), bytes, Median(sqlTimes), Median(apiTimes)));
        }

        return results;
    }

    private static async Task<long> CountFeaturesAsync(NpgsqlDataSource dataSource, int zoom, List<(int X, int Y)> block)
    {
        long total = 0;
        foreach (var (x, y) in block)
        {
            await using var command = dataSource.CreateCommand(
                "SELECT count(*) FROM buildings WHERE geom && ST_Transform(ST_TileEnvelope(@z, @x, @y), 4326)");
            command.Parameters.AddWithValue("z", zoom);
            command.Parameters.AddWithValue("x", x);
            command.Parameters.AddWithValue("y", y);
            total += (long)(await command.ExecuteScalarAsync())!;
        }

        return total;
    }

    private static void Bind(NpgsqlParameterCollection parameters, BoundingBox box)
    {
        BoxParameters.Add(parameters, box);
        parameters.Add(new NpgsqlParameter("scope", NpgsqlTypes.NpgsqlDbType.Bigint) { Value = DBNull.Value });
    }

    private static (int X, int Y) TileOf(double lon, double lat, int zoom)
    {
        var n = 1 << zoom;
        var x = (int)Math.Floor((lon + 180) / 360 * n);
        var y = (int)Math.Floor((1 - Math.Asinh(Math.Tan(lat * Math.PI / 180)) / Math.PI) / 2 * n);
        return (x, y);
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private static string Verdict(bool met) => met ? "PASS" : "FAIL";

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "?";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
