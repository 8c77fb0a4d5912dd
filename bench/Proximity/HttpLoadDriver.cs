using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;

namespace FireMap.Bench.Proximity;

/// <summary>
/// A closed-loop HTTP load generator: a fixed number of workers, each sending the next POST as
/// soon as the previous answer is read in full, for a fixed time. Every latency is kept. Loopback
/// only; the number of requests is bounded by the duration.
/// </summary>
public sealed class HttpLoadDriver : IDisposable
{
    private static readonly byte[] _errorsKey = Encoding.UTF8.GetBytes("\"errors\"");

    private readonly HttpClient _client;
    private readonly Uri _endpoint;
    private readonly int _workers;

    public HttpLoadDriver(Uri endpoint, string token, int workers)
    {
        if (!endpoint.IsLoopback)
        {
            throw new ArgumentException("The load driver only targets loopback addresses", nameof(endpoint));
        }

        _endpoint = endpoint;
        _workers = workers;
        _client = new HttpClient(new SocketsHttpHandler
        {
            // One connection per worker, kept open, as pgbench keeps one per client.
            MaxConnectionsPerServer = workers,
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
            PooledConnectionIdleTimeout = TimeSpan.FromMinutes(5),
            UseProxy = false,
            UseCookies = false,
            AllowAutoRedirect = false,
        })
        { Timeout = TimeSpan.FromSeconds(30) };
        _client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
    }

    /// <summary>
    /// Sends requests for <paramref name="duration"/>. With <paramref name="cpuGroups"/>, the CPU
    /// those processes use while measuring is reported per request.
    /// </summary>
    public async Task<SideResult> RunAsync(
        string name, Func<Random, string> body, TimeSpan duration, int seed, IReadOnlyDictionary<string, int>? cpuGroups = null)
    {
        var cpuStart = cpuGroups is null ? null : CpuSnapshot.Take(cpuGroups);
        var started = Stopwatch.GetTimestamp();
        var finishAt = started + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var results = await Task.WhenAll(Enumerable.Range(0, _workers).Select(worker => WorkAsync(new Random(seed + worker), body, finishAt)));
        var elapsed = Stopwatch.GetElapsedTime(started);
        var cpuEnd = cpuGroups is null ? null : CpuSnapshot.Take(cpuGroups);

        var latencies = results.SelectMany(r => r.Latencies).ToList();
        var requests = latencies.Count + results.Sum(r => r.Failures);
        return new SideResult(name, elapsed.TotalSeconds, latencies, requests - latencies.Count, cpuStart?.Until(cpuEnd!, requests));
    }

    public void Dispose() => _client.Dispose();

    /// <param name="random">Seeded per worker, as pgbench seeds each client from --random-seed.</param>
    private async Task<(List<double> Latencies, int Failures)> WorkAsync(Random random, Func<Random, string> body, long finishAt)
    {
        var latencies = new List<double>(16_384);
        var failures = 0;
        await Task.Yield();
        while (Stopwatch.GetTimestamp() < finishAt)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, _endpoint)
            {
                Content = new StringContent(body(random), Encoding.UTF8, "application/json"),
            };
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/graphql-response+json"));
            var sent = Stopwatch.GetTimestamp();
            using var response = await _client.SendAsync(request, HttpCompletionOption.ResponseContentRead);
            var answer = await response.Content.ReadAsByteArrayAsync();
            var latency = Stopwatch.GetElapsedTime(sent);
            if (response.IsSuccessStatusCode && answer.AsSpan().IndexOf(_errorsKey) < 0)
            {
                latencies.Add(latency.TotalMicroseconds);
            }
            else
            {
                failures++;
            }
        }

        return (latencies, failures);
    }
}
