using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using FireMap.Api;
using FireMap.Api.Coverage;
using FireMap.Bench.Common;
using FireMap.Bench.Proximity;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Npgsql;
using NpgsqlTypes;

namespace FireMap.Bench.Coverage;

/// <summary>
/// Issue 16 at city scale: the generated city of bench/Proximity (one building per 40 m cell) with the road
/// grid and stations of <see cref="CityRoadGrid"/>, in the shared benchmark cluster. Builds the network,
/// building access and every station's reach as the service does (timed apart), starts the Release service
/// as its own process (as the other city benchmarks do: the service and the benchmark do not share a
/// garbage collector or thread pool, and the cluster outlives both), then measures
/// (a) <c>stationCoverage(stationId, minutes: 5)</c> for sample stations, each asked once, so each is computed
/// afresh; (b) <c>coverage</c> over every building for fire stations at 5 minutes and micro stations at 3, over
/// HTTP, against <see cref="BestCoverageSql"/>; (c) routed times of sample (station, node) pairs against
/// <c>pgr_withPointsCost</c> over the whole network, and sample stations' whole reach against
/// <c>pgr_withPointsDD</c> over the whole network (the service bounds the edges it routes over).
/// </summary>
public sealed class CityCoverageBenchmark(int buildings, int seed, int rounds, int samples, int checks, int clusterPort, int apiPort, FireMapPaths paths, TextWriter log)
{
    public const double MaxIsochroneMs = 2_000;
    public const double MaxCoverageMs = 60_000;

    private const int First = 50;

    // Equal routed times: the same edge costs summed by the same algorithm, in another order at most.
    private const double Tolerance = 1e-6;

    private static readonly (string Name, int Minutes, string Kind)[] _questions =
    [
        ("fire stations, 5 min", 5, "fire_station"),
        ("micro stations, 3 min", 3, "micro_station"),
    ];

    private readonly CoverageSettings _settings = new(Options.Create(new CoverageOptions()));

    public async Task<bool> RunAsync(string command)
    {
        var work = Directory.CreateTempSubdirectory("firemap-bench-coverage-");
        using var loggers = LoggerFactory.Create(logging => logging.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(LogLevel.Warning));
        using var database = BenchDatabase.Start("bench-postgres", "firemap_bench", clusterPort, loggers);
        log.WriteLine($"Benchmark cluster on 127.0.0.1:{database.Port}; work folder {work.FullName}");
        var area = new BenchArea(buildings, 2000);
        await new BuildingGenerator(database.DataSource, area, buildings, seed).EnsureAsync(log);
        await new CityRoadGrid(database.DataSource, area.West, area.South, area.SideMeters, area.DegreesPerMeterLon, area.DegreesPerMeterLat, seed).EnsureAsync(log);

        var build = await BuildAsync(database.DataSource);
        var counts = await CountsAsync(database.DataSource);

        // The network is built above and timed (ApiProcess starts the service without a rebuild). Coverage of a
        // whole city is one long statement: this process's service gives requests five minutes (configuration only).
        await using var service = await ApiProcess.StartAsync(paths, database.ConnectionString,
            ["FireMap__GraphQL__RequestTimeBudget=00:05:00"], apiPort, Path.Combine(work.FullName, "api.log"));
        var token = await BenchAccount.CreateTokenAsync(database.DataSource);
        using var http = new HttpClient { BaseAddress = service.BaseAddress, Timeout = TimeSpan.FromMinutes(10) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

        var stations = await SampleStationsAsync(database.DataSource, samples + 2);
        var isochrones = await MeasureIsochronesAsync(http, stations);
        var coverage = new List<(string Name, double Http, double Best, double HttpMax, string Outside, bool Same)>();
        foreach (var question in _questions)
        {
            coverage.Add(await MeasureCoverageAsync(database.DataSource, http, question.Minutes, question.Kind));
        }

        var routed = await CheckRoutedTimesAsync(database.DataSource, stations.Skip(2).Take(samples).ToList());

        var isoMedian = Median(isochrones.Times);
        var isoMax = isochrones.Times.Max();
        var coverageWorst = coverage.Max(c => c.HttpMax);
        var routedOk = routed.Checked > 0 && routed.MaxDifference <= Tolerance && routed.ReachSame;
        var passed = isoMax < MaxIsochroneMs && coverageWorst < MaxCoverageMs && coverage.All(c => c.Same) && routedOk;

        log.WriteLine();
        log.WriteLine("## Drive-time coverage on the generated city");
        log.WriteLine();
        log.WriteLine($"- command: `{command}`");
        log.WriteLine(Invariant($"- data: {buildings:N0} generated buildings over {area.Describe()} (seed {seed}); {counts}"));
        log.WriteLine($"- machine: {Environment.ProcessorCount} CPUs; load average at the end {LoadAverage()}; service: Release build as its own process");
        log.WriteLine();
        log.WriteLine("| step | time | target | result |");
        log.WriteLine("|---|---:|---:|---|");
        log.WriteLine(Invariant($"| network rebuild: graph from {counts.Split(';')[0]} | {build.Graph / 1000:0.0} s | | |"));
        log.WriteLine(Invariant($"| building access ({buildings:N0} buildings to their nearest edge) | {build.Access / 1000:0.0} s | | |"));
        log.WriteLine(Invariant($"| every station's reach to {_settings.Options.HorizonSeconds / 60:0} min ({build.Stations:N0} stations) | {build.Reach / 1000:0.0} s | | |"));
        log.WriteLine(Invariant($"| stationCoverage(minutes: 5) over HTTP, computed afresh, {isochrones.Times.Count} stations: median | {isoMedian:0} ms | | |"));
        log.WriteLine(Invariant($"| stationCoverage(minutes: 5): max ({isochrones.Detail}) | {isoMax:0} ms | < {MaxIsochroneMs:0} ms | {Verdict(isoMax < MaxIsochroneMs)} |"));
        foreach (var c in coverage)
        {
            log.WriteLine(Invariant($"| coverage({c.Name}) over HTTP, median of {rounds} (max {c.HttpMax / 1000:0.0} s); best SQL {c.Best / 1000:0.0} s, ratio {c.Http / c.Best:0.00}; outside: {c.Outside}{(c.Same ? "" : " — ANSWERS DIFFER")} | {c.Http / 1000:0.0} s | < {MaxCoverageMs / 1000:0} s | {Verdict(c.HttpMax < MaxCoverageMs && c.Same)} |"));
        }

        log.WriteLine(Invariant($"| routed times (station → node) against pgr_withPointsCost over the whole network: {routed.Checked} checked, max difference {routed.MaxDifference:G3} s; reach of {routed.Stations} stations against pgr_withPointsDD over the whole network: {(routed.ReachSame ? "the same nodes and times" : "DIFFERENT")} ({routed.ReachNodes:N0} nodes) | | ≤ 1e-6 s | {Verdict(routedOk)} |"));
        log.WriteLine();
        log.WriteLine($"overall: {Verdict(passed)}");
        return passed;
    }

    // As CoverageNetwork.RebuildAsync (speeds, graph, building access, every station's reach, one transaction). The
    // rebuild ends with the building access; run once more on its own, its time tells the graph's from it.
    private async Task<(double Graph, double Access, double Reach, long Stations)> BuildAsync(NpgsqlDataSource dataSource)
    {
        log.WriteLine("Building the network, building access and every station's reach ...");
        var network = new CoverageNetwork(dataSource, _settings, NullLogger<CoverageNetwork>.Instance);
        await using var connection = await dataSource.OpenConnectionAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        var all = _settings.Speeds.All.ToList();
        await ExecuteAsync(connection, """
            DELETE FROM coverage_speeds;
            INSERT INTO coverage_speeds (vehicle, edge_class, kmh) SELECT * FROM unnest(@vehicles::text[], @classes::text[], @kmh::float8[]);
            """,
            new NpgsqlParameter("vehicles", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = all.Select(s => s.Vehicle).ToArray() },
            new NpgsqlParameter("classes", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = all.Select(s => s.EdgeClass).ToArray() },
            new NpgsqlParameter("kmh", NpgsqlDbType.Array | NpgsqlDbType.Double) { Value = all.Select(s => s.Kmh).ToArray() });
        var clock = Stopwatch.StartNew();
        await ExecuteAsync(connection, "SELECT rebuild_road_network(@link)", new NpgsqlParameter("link", _settings.Options.LaneLinkMeters));
        var rebuild = clock.Elapsed.TotalMilliseconds;
        // Emptied first, as the rebuild finds it.
        await ExecuteAsync(connection, "TRUNCATE network_building_access");
        clock.Restart();
        await ExecuteAsync(connection, "SELECT refresh_building_access(NULL)");
        var access = clock.Elapsed.TotalMilliseconds;
        clock.Restart();
        await network.ComputeReachAsync(connection, null, CancellationToken.None);
        var reach = clock.Elapsed.TotalMilliseconds;
        await transaction.CommitAsync();
        await ExecuteAsync(connection, "VACUUM (ANALYZE) network_nodes, network_edges, network_building_access, station_reach, station_reach_starts");
        await using var count = new NpgsqlCommand("SELECT count(*) FROM station_reach_starts", connection);
        var stations = (long)(await count.ExecuteScalarAsync())!;
        log.WriteLine(Invariant($"  graph {(rebuild - access) / 1000:0.0} s, building access {access / 1000:0.0} s, reach {reach / 1000:0.0} s"));
        return (rebuild - access, access, reach, stations);
    }

    // Spread over the city, half of each kind (fire stations first): every n-th station of the kind by id.
    private static async Task<List<(long Id, string Kind, string Vehicle)>> SampleStationsAsync(NpgsqlDataSource dataSource, int count)
    {
        await using var command = dataSource.CreateCommand("""
            SELECT s.id, s.kind, r.vehicle
            FROM (SELECT id, kind, row_number() OVER (PARTITION BY kind ORDER BY id) AS n, count(*) OVER (PARTITION BY kind) AS total FROM stations) s
            JOIN station_reach_starts r ON r.station_id = s.id
            WHERE s.kind IN ('fire_station', 'micro_station') AND (s.n - 1) % greatest(1, s.total / ((@count + 1) / 2)) = 0
            ORDER BY (s.n - 1) / greatest(1, s.total / ((@count + 1) / 2)), s.kind, s.id
            LIMIT @count
            """);
        command.Parameters.AddWithValue("count", count);
        await using var reader = await command.ExecuteReaderAsync();
        var stations = new List<(long, string, string)>();
        while (await reader.ReadAsync())
        {
            stations.Add((reader.GetInt64(0), reader.GetString(1), reader.GetString(2)));
        }

        return stations;
    }

    // Each station asked once: nothing is kept for a question not asked before, so each answer is computed
    // afresh. The first two warm the service up and are not counted.
    private async Task<(List<double> Times, string Detail)> MeasureIsochronesAsync(HttpClient http, List<(long Id, string Kind, string Vehicle)> stations)
    {
        const string query = "query($id: ID!) { stationCoverage(stationId: $id, minutes: 5) { stationId nodes areaSquareMeters geometry } }";
        var times = new List<double>();
        var nodes = new List<int>();
        for (var i = 0; i < stations.Count; i++)
        {
            var clock = Stopwatch.StartNew();
            var answer = await GraphQLAsync(http, query, new { id = stations[i].Id.ToString(CultureInfo.InvariantCulture) });
            var elapsed = clock.Elapsed.TotalMilliseconds;
            if (i >= 2)
            {
                times.Add(elapsed);
                nodes.Add(answer.GetProperty("stationCoverage").GetProperty("nodes").GetInt32());
            }
        }

        var measured = stations.Skip(2).ToList();
        return (times, Invariant($"{measured.Count(s => s.Kind == "fire_station")} fire and {measured.Count(s => s.Kind == "micro_station")} micro stations, {nodes.Min():N0}–{nodes.Max():N0} nodes reached in 5 min"));
    }

    private async Task<(string, double, double, double, string, bool)> MeasureCoverageAsync(NpgsqlDataSource dataSource, HttpClient http, int minutes, string kind)
    {
        const string query = """
            query($minutes: Int!, $kinds: [StationKind!], $first: Int!) {
              coverage(minutes: $minutes, kinds: $kinds, first: $first) {
                buildings buildingsOutside occupantsOutside places placesOutside
                outsideBuildings { id seconds stationName }
              }
            }
            """;
        var viaHttp = new List<double>();
        var best = new List<double>();
        JsonElement answer = default;
        (int Buildings, int Outside, long Occupants, long[] Ids) reference = (0, 0, 0, []);
        for (var round = 0; round < rounds; round++)
        {
            var clock = Stopwatch.StartNew();
            answer = (await GraphQLAsync(http, query, new { minutes, kinds = new[] { kind.ToUpperInvariant() }, first = First })).GetProperty("coverage");
            viaHttp.Add(clock.Elapsed.TotalMilliseconds);
            clock.Restart();
            reference = await BestAsync(dataSource, minutes, kind);
            best.Add(clock.Elapsed.TotalMilliseconds);
        }

        var ids = answer.GetProperty("outsideBuildings").EnumerateArray().Select(b => long.Parse(b.GetProperty("id").GetString()!, CultureInfo.InvariantCulture)).Order();
        var same = answer.GetProperty("buildings").GetInt32() == reference.Buildings
            && answer.GetProperty("buildingsOutside").GetInt32() == reference.Outside
            && answer.GetProperty("occupantsOutside").GetInt64() == reference.Occupants
            && ids.SequenceEqual(reference.Ids.Order());
        var name = Invariant($"minutes: {minutes}, kinds: [{kind.ToUpperInvariant()}]");
        return (name, Median(viaHttp), Median(best), viaHttp.Max(),
            Invariant($"{reference.Outside:N0} of {reference.Buildings:N0} buildings"), same);
    }

    private async Task<(int, int, long, long[])> BestAsync(NpgsqlDataSource dataSource, int minutes, string kind)
    {
        await using var command = dataSource.CreateCommand(BestCoverageSql.Statement);
        command.Parameters.Add(new NpgsqlParameter("kinds", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = new[] { kind } });
        command.Parameters.Add(new NpgsqlParameter("limit", NpgsqlDbType.Double) { Value = minutes * 60.0 });
        command.Parameters.Add(new NpgsqlParameter("first", NpgsqlDbType.Integer) { Value = First });
        command.Parameters.Add(new NpgsqlParameter("access_kmh", NpgsqlDbType.Double) { Value = _settings.Options.AccessKmh });
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return (reader.GetInt32(0), reader.GetInt32(1), reader.GetInt64(2), reader.IsDBNull(6) ? [] : reader.GetFieldValue<long[]>(6));
    }

    // (c) The stored reach (routed over the edges near the station) against pgRouting over every edge: for each sample
    // station, a few of its reached nodes by pgr_withPointsCost from the same start, and its whole reach by pgr_withPointsDD.
    private async Task<(int Checked, double MaxDifference, int Stations, bool ReachSame, long ReachNodes)> CheckRoutedTimesAsync(NpgsqlDataSource dataSource, List<(long Id, string Kind, string Vehicle)> stations)
    {
        const string pairs = """
            WITH st AS (SELECT * FROM station_reach_starts WHERE station_id = @station),
            picked AS (
                SELECT r.node_id, r.seconds FROM station_reach r
                WHERE r.station_id = @station
                ORDER BY hashint8(r.node_id * 31 + @station) LIMIT @per_station
            )
            SELECT p.node_id, p.seconds, st.offset_seconds + c.agg_cost
            FROM st CROSS JOIN picked p
            LEFT JOIN pgr_withPointsCost(network_edges_sql((SELECT vehicle FROM st)),
                      (SELECT format('SELECT 1 AS pid, %s::bigint AS edge_id, %s::float8 AS fraction', edge_id, fraction) FROM st),
                      -1, (SELECT array_agg(node_id) FROM picked), true, 'b') c ON c.end_pid = p.node_id
            """;
        const string whole = """
            WITH st AS (SELECT * FROM station_reach_starts WHERE station_id = @station),
            full_reach AS (
                SELECT d.node, min((SELECT offset_seconds FROM st) + d.agg_cost) AS seconds
                FROM pgr_withPointsDD(network_edges_sql((SELECT vehicle FROM st)),
                     (SELECT format('SELECT 1 AS pid, %s::bigint AS edge_id, %s::float8 AS fraction', edge_id, fraction) FROM st),
                     -1, (SELECT horizon_seconds - offset_seconds FROM st), true, 'b', false) d
                WHERE d.node > 0 GROUP BY d.node
            ), stored AS (SELECT node_id, seconds FROM station_reach WHERE station_id = @station)
            SELECT count(*), count(*) FILTER (WHERE f.node IS NULL OR s.node_id IS NULL), coalesce(max(abs(f.seconds - s.seconds)), 0)
            FROM full_reach f FULL JOIN stored s ON s.node_id = f.node
            """;
        var perStation = Math.Max(1, (int)Math.Ceiling(checks / (double)Math.Max(1, stations.Count)));
        var count = 0;
        var maxDifference = 0.0;
        var reachSame = true;
        var reachNodes = 0L;
        foreach (var station in stations)
        {
            await using (var command = dataSource.CreateCommand(pairs))
            {
                command.Parameters.AddWithValue("station", station.Id);
                command.Parameters.AddWithValue("per_station", Math.Min(perStation, checks - count));
                await using var reader = await command.ExecuteReaderAsync();
                while (await reader.ReadAsync())
                {
                    count++;
                    maxDifference = Math.Max(maxDifference, reader.IsDBNull(2) ? double.PositiveInfinity : Math.Abs(reader.GetDouble(2) - reader.GetDouble(1)));
                }
            }

            await using (var command = dataSource.CreateCommand(whole))
            {
                command.Parameters.AddWithValue("station", station.Id);
                await using var reader = await command.ExecuteReaderAsync();
                await reader.ReadAsync();
                reachNodes += reader.GetInt64(0);
                reachSame &= reader.GetInt64(1) == 0 && reader.GetDouble(2) <= Tolerance;
            }
        }

        return (count, maxDifference, stations.Count, reachSame, reachNodes);
    }

    private static async Task<JsonElement> GraphQLAsync(HttpClient http, string query, object variables)
    {
        using var response = await http.PostAsJsonAsync(new Uri("graphql", UriKind.Relative), new { query, variables });
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        if (!response.IsSuccessStatusCode || body.TryGetProperty("errors", out _))
        {
            throw new InvalidOperationException($"GraphQL failed: {body}");
        }

        return body.GetProperty("data");
    }

    private static async Task<string> CountsAsync(NpgsqlDataSource dataSource)
    {
        await using var command = dataSource.CreateCommand("""
            SELECT (SELECT count(*) FROM roads), (SELECT count(*) FROM network_nodes), (SELECT count(*) FROM network_edges),
                   (SELECT count(*) FROM stations WHERE kind = 'fire_station'), (SELECT count(*) FROM stations WHERE kind = 'micro_station'),
                   (SELECT count(*) FROM station_reach)
            """);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return Invariant($"{reader.GetInt64(0):N0} road segments ({reader.GetInt64(1):N0} nodes, {reader.GetInt64(2):N0} edges); {reader.GetInt64(3):N0} fire stations, {reader.GetInt64(4):N0} micro stations; {reader.GetInt64(5):N0} reach rows");
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, params NpgsqlParameter[] parameters)
    {
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        command.Parameters.AddRange(parameters);
        await command.ExecuteNonQueryAsync();
    }

    private static double Median(List<double> samples)
    {
        var sorted = samples.Order().ToArray();
        return sorted.Length == 0 ? double.NaN : sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }

    private static string Verdict(bool passed) => passed ? "pass" : "FAIL";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";
}
