using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace FireMap.Bench.Hostile;

/// <summary>
/// Ordinary map traffic (layer reads, radius queries, rankings, blockage reports and clears) from
/// a few clients for a fixed time, optionally with one hostile request a second; records every
/// ordinary request's latency and whether it failed.
/// </summary>
internal sealed class MixedLoad(string baseUrl, long laneId)
{
    private static readonly string[] _hostile =
    [
        "query { ...F0 }\n" + string.Concat(Enumerable.Range(0, 30).Select(i => $"fragment F{i} on Query {{ a: __typename ...F{i + 1} b: __typename ...F{i + 1} }}\n")) + "fragment F30 on Query { __typename }",
        "{ " + string.Join(' ', Enumerable.Range(0, 3).Select(i => $"r{i}: compoundRanking(first: 500) {{ items {{ rank contributions {{ factor points score chineseName englishName side }} }} }}")) + " }",
        "{ " + string.Concat(Enumerable.Repeat("a { ", 2000)) + new string('}', 2000) + " }",
        "{ geocode(address: \"a\\u0000b\") { level } }",
        "mutation { a: recomputeRisk { id } b: recomputeRisk { id } }",
    ];

    public async Task<LoadResult> RunAsync(TimeSpan duration, int clients, bool hostile)
    {
        var latencies = new ConcurrentBag<double>();
        var errors = new ConcurrentBag<string>();
        var hostileSent = 0;
        using var stop = new CancellationTokenSource(duration);
        var workers = Enumerable.Range(0, clients).Select(worker => Task.Run(async () =>
        {
            using var client = new HttpClient { BaseAddress = new Uri(baseUrl), Timeout = TimeSpan.FromSeconds(30) };
            var step = worker;
            while (!stop.IsCancellationRequested)
            {
                var clock = Stopwatch.StartNew();
                try
                {
                    using var response = await OrdinaryAsync(client, step++);
                    var text = await response.Content.ReadAsStringAsync();
                    if (!response.IsSuccessStatusCode || text.Contains("\"errors\"", StringComparison.Ordinal))
                    {
                        errors.Add($"{(int)response.StatusCode} {text[..Math.Min(200, text.Length)]}");
                    }
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                {
                    errors.Add(e.GetType().Name);
                }

                latencies.Add(clock.Elapsed.TotalMilliseconds);
            }
        })).ToList();

        if (hostile)
        {
            workers.Add(Task.Run(async () =>
            {
                using var client = new HttpClient { BaseAddress = new Uri(baseUrl), Timeout = TimeSpan.FromSeconds(30) };
                var i = 0;
                while (!stop.IsCancellationRequested)
                {
                    var query = _hostile[i++ % _hostile.Length];
                    using var response = await client.PostAsJsonAsync(new Uri("/graphql", UriKind.Relative), new { query });
                    Interlocked.Increment(ref hostileSent);
                    await Task.Delay(1000);
                }
            }));
        }

        await Task.WhenAll(workers);
        return new LoadResult([.. latencies.Order()], [.. errors], hostileSent);
    }

    private Task<HttpResponseMessage> OrdinaryAsync(HttpClient client, int step) => (step % 6) switch
    {
        0 => client.GetAsync(new Uri("/api/layers/buildings.geojson?bbox=106.475,29.475,106.485,29.485", UriKind.Relative)),
        1 => GraphQLAsync(client, "{ buildingsWithin(center: {lon: 106.48, lat: 29.48}, radiusMeters: 500, first: 20) { edges { node { name } distanceMeters } } }"),
        2 => GraphQLAsync(client, "{ compoundRanking(first: 20) { edges { node { rank score compound { name } } } } }"),
        3 => GraphQLAsync(client, $"mutation {{ reportBlockage(input: {{laneId: \"{laneId}\", cause: PARKED_CAR, remainingWidthMeters: 2.5, note: \"load\"}}) {{ id }} }}"),
        4 => GraphQLAsync(client, "{ blockages(active: true, first: 20) { edges { node { code } } } }"),
        _ => client.GetAsync(new Uri("/api/vocabulary", UriKind.Relative)),
    };

    private static Task<HttpResponseMessage> GraphQLAsync(HttpClient client, string query) =>
        client.PostAsync(new Uri("/graphql", UriKind.Relative),
            new StringContent(JsonSerializer.Serialize(new { query }), Encoding.UTF8, "application/json"));
}
