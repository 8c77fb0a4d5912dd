using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using FireMap.Api.Coverage;
using FireMap.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using NpgsqlTypes;

namespace FireMap.Bench.Coverage;

/// <summary>
/// Starts the service in process over a fresh database with the demo data (as a first start has it), then
/// for each 1-3-5 question (micro stations in 3 minutes, fire stations in 5, every kind in 8) alternates,
/// round by round, the GraphQL request over HTTP, the service's coverage SQL called directly, and
/// <see cref="BestCoverageSql"/>; checks the three give the same answer and prints medians and ratios.
/// Then times the isochrones of every station and a whole network rebuild.
/// </summary>
public sealed class CoverageBenchmark(int rounds, TextWriter log)
{
    private const int First = 50;

    private static readonly (string Name, int Minutes, string[] Kinds)[] _questions =
    [
        ("micro stations, 3 min", 3, ["micro_station"]),
        ("fire stations, 5 min", 5, ["fire_station"]),
        ("every kind, 8 min", 8, ["fire_station", "micro_station", "volunteer_team"]),
    ];

    public async Task<bool> RunAsync(string command)
    {
        var server = new FireMapServerFixture();
        await server.InitializeAsync();
        try
        {
            return await MeasureAsync(server, command);
        }
        finally
        {
            await server.DisposeAsync();
        }
    }

    private async Task<bool> MeasureAsync(FireMapServerFixture server, string command)
    {
        var queries = server.Services.GetRequiredService<CoverageQueries>();
        var settings = server.Services.GetRequiredService<CoverageSettings>();
        using var client = server.CreateClient();
        var counts = await CountsAsync(server.DataSource);
        log.WriteLine($"Demo data: {counts}; {Environment.ProcessorCount} CPUs, load average {LoadAverage()} at the start");
        log.WriteLine();
        log.WriteLine("| question | GraphQL/HTTP ms | service SQL ms | best SQL ms | HTTP / best | service SQL / best | outside (buildings, places) |");
        log.WriteLine("|---|---:|---:|---:|---:|---:|---|");
        var same = true;
        foreach (var (name, minutes, kinds) in _questions)
        {
            var http = new List<double>();
            var service = new List<double>();
            var best = new List<double>();
            CoverageAnswer? answer = null;
            Reference? reference = null;
            JsonElement graph = default;
            for (var round = -3; round < rounds; round++)
            {
                var clock = Stopwatch.StartNew();
                graph = await GraphQLAsync(client, minutes, kinds);
                Keep(round, http, clock);
                clock.Restart();
                answer = await queries.CoverageAsync(minutes, kinds, null, First, CancellationToken.None);
                Keep(round, service, clock);
                clock.Restart();
                reference = await BestAsync(server.DataSource, settings, minutes, kinds);
                Keep(round, best, clock);
            }

            var differences = Differences(answer!, reference!, graph);
            var agree = differences.Length == 0;
            same &= agree;
            if (!agree)
            {
                log.WriteLine($"<!-- {name}: {differences} -->");
            }

            log.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {name} | {Median(http):0.0} | {Median(service):0.0} | {Median(best):0.0} | {Median(http) / Median(best):0.00} | {Median(service) / Median(best):0.00} | {answer!.BuildingsOutside} of {answer.Buildings}, {answer.PlacesOutside} of {answer.Places}{(agree ? "" : " — ANSWERS DIFFER")} |"));
        }

        var isochrones = server.Services.GetRequiredService<StationIsochrones>();
        var network = server.Services.GetRequiredService<CoverageNetwork>();
        var iso = new List<double>();
        var isoKept = new List<double>();
        var isoHttp = new List<double>();
        for (var round = -2; round < Math.Max(5, rounds / 3); round++)
        {
            // Cold: as after a change to the network, nothing kept.
            network.ChangedElsewhere();
            var clock = Stopwatch.StartNew();
            await isochrones.ForAsync(null, null, 5, CancellationToken.None);
            Keep(round, iso, clock);
            clock.Restart();
            await isochrones.ForAsync(null, null, 5, CancellationToken.None);
            Keep(round, isoKept, clock);
            clock.Restart();
            using var response = await client.GetAsync(new Uri("/api/coverage/isochrones.geojson?minutes=5", UriKind.Relative));
            response.EnsureSuccessStatusCode();
            await response.Content.ReadAsByteArrayAsync();
            Keep(round, isoHttp, clock);
        }

        var rebuild = Stopwatch.StartNew();
        await network.RebuildAsync(CancellationToken.None);
        rebuild.Stop();

        log.WriteLine();
        log.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Isochrones of every station at 5 min: {Median(iso):0} ms in process computed afresh (as after a network change), {Median(isoKept):0} ms kept, {Median(isoHttp):0} ms as the map's GeoJSON layer over HTTP (kept; target < 1000 ms)."));
        log.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Whole rebuild (speeds, graph, building access, every station's reach to {settings.Options.HorizonSeconds / 60:0} min): {rebuild.Elapsed.TotalMilliseconds:0} ms."));
        log.WriteLine($"Medians of {rounds} rounds after 3 warm-up rounds, the three sides alternating; load average {LoadAverage()} at the end.");
        log.WriteLine($"Answers: {(same ? "the same on every side" : "DIFFER")}.");
        log.WriteLine($"Command: {command}");
        return same && Median(iso) < 1000;
    }

    private static void Keep(int round, List<double> samples, Stopwatch clock)
    {
        if (round >= 0)
        {
            samples.Add(clock.Elapsed.TotalMilliseconds);
        }
    }

    private static double Median(List<double> samples)
    {
        var sorted = samples.Order().ToArray();
        return sorted.Length == 0 ? double.NaN : sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }

    private static async Task<JsonElement> GraphQLAsync(HttpClient client, int minutes, string[] kinds)
    {
        const string query = """
            query($minutes: Int!, $kinds: [StationKind!], $first: Int!) {
              coverage(minutes: $minutes, kinds: $kinds, first: $first) {
                buildings buildingsOutside occupantsOutside places placesOutside capacityOutside
                outsideBuildings { id name people seconds stationName lon lat }
                outsideCompounds { id name buildingsOutside occupantsOutside }
                outsidePlaces { id name people seconds stationName lon lat }
              }
            }
            """;
        using var response = await client.PostAsJsonAsync("/graphql", new { query, variables = new { minutes, kinds = kinds.Select(k => k.ToUpperInvariant()), first = First } });
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        if (!response.IsSuccessStatusCode || body.TryGetProperty("errors", out _))
        {
            throw new InvalidOperationException($"GraphQL failed: {body}");
        }

        return body.GetProperty("data").GetProperty("coverage");
    }

    private static async Task<Reference> BestAsync(NpgsqlDataSource dataSource, CoverageSettings settings, int minutes, string[] kinds)
    {
        await using var command = dataSource.CreateCommand(BestCoverageSql.Statement);
        command.Parameters.Add(new NpgsqlParameter("kinds", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = kinds });
        command.Parameters.Add(new NpgsqlParameter("limit", NpgsqlDbType.Double) { Value = minutes * 60.0 });
        command.Parameters.Add(new NpgsqlParameter("first", NpgsqlDbType.Integer) { Value = First });
        command.Parameters.Add(new NpgsqlParameter("access_kmh", NpgsqlDbType.Double) { Value = settings.Options.AccessKmh });
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        long[] Ids(int i) => reader.IsDBNull(i) ? [] : reader.GetFieldValue<long[]>(i);
        return new Reference(reader.GetInt32(0), reader.GetInt32(1), reader.GetInt64(2), reader.GetInt32(3), reader.GetInt32(4), reader.GetInt64(5),
            Ids(6), Ids(7), Ids(8));
    }

    // What differs between the three answers; empty when they agree.
    private static string Differences(CoverageAnswer service, Reference best, JsonElement graph)
    {
        static long[] GraphIds(JsonElement list) => [.. list.EnumerateArray().Select(e => long.Parse(e.GetProperty("id").GetString()!, CultureInfo.InvariantCulture))];
        static string Ids(IEnumerable<long> ids) => string.Join(',', ids.Order());
        var differences = new List<string>();
        void Check<T>(string what, T mine, T theirs)
        {
            if (!EqualityComparer<T>.Default.Equals(mine, theirs))
            {
                differences.Add($"{what}: service {mine}, best SQL {theirs}");
            }
        }

        Check("buildings", service.Buildings, best.Buildings);
        Check("buildings outside", service.BuildingsOutside, best.BuildingsOutside);
        Check("occupants outside", service.OccupantsOutside, best.OccupantsOutside);
        Check("places", service.Places, best.Places);
        Check("places outside", service.PlacesOutside, best.PlacesOutside);
        Check("capacity outside", service.CapacityOutside, best.CapacityOutside);
        // Listed in the same order but for targets whose times differ in the last bits (summed in another order): compared as sets.
        Check("outside buildings", Ids(service.OutsideBuildings.Select(b => b.Id)), Ids(best.OutsideBuildings));
        Check("outside places", Ids(service.OutsidePlaces.Select(p => p.Id)), Ids(best.OutsidePlaces));
        Check("outside compounds", string.Join(',', service.OutsideCompounds.Select(c => c.Id)), string.Join(',', best.OutsideCompounds));
        Check("GraphQL buildings outside", graph.GetProperty("buildingsOutside").GetInt32(), best.BuildingsOutside);
        Check("GraphQL outside buildings", Ids(GraphIds(graph.GetProperty("outsideBuildings"))), Ids(best.OutsideBuildings));
        return string.Join("; ", differences);
    }

    private static async Task<string> CountsAsync(NpgsqlDataSource dataSource)
    {
        await using var command = dataSource.CreateCommand("""
            SELECT (SELECT count(*) FROM buildings), (SELECT count(*) FROM places), (SELECT count(*) FROM stations),
                   (SELECT count(*) FROM network_nodes), (SELECT count(*) FROM network_edges), (SELECT count(*) FROM station_reach)
            """);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return string.Create(CultureInfo.InvariantCulture,
            $"{reader.GetInt64(0):N0} buildings, {reader.GetInt64(1):N0} places, {reader.GetInt64(2)} stations, network {reader.GetInt64(3):N0} nodes / {reader.GetInt64(4):N0} edges, {reader.GetInt64(5):N0} reach rows");
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

    private sealed record Reference(int Buildings, int BuildingsOutside, long OccupantsOutside, int Places, int PlacesOutside, long CapacityOutside,
        long[] OutsideBuildings, long[] OutsidePlaces, long[] OutsideCompounds);
}
