using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using FireMap.Api.Accounts;
using FireMap.TestHost;

namespace FireMap.Bench.ScaleOut;

/// <summary>Closed-loop clients sending one kind of read for a fixed time, as an API token holder would.</summary>
public static class Throughput
{
    public sealed record Request(string Name, Func<HttpRequestMessage> Create);

    public sealed record Result(double PerSecond, double P50, double P99, int Errors);

    public static Func<HttpRequestMessage> GraphQL(string query) => () => new HttpRequestMessage(HttpMethod.Post, new Uri("/graphql", UriKind.Relative))
    {
        Content = new StringContent(JsonSerializer.Serialize(new { query }), Encoding.UTF8, "application/json"),
    };

    public static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    /// <summary>The administrator signs in through the proxy and makes a personal API token for the clients.</summary>
    public static async Task<string> CreateTokenAsync(ScaledDemonstration demonstration)
    {
        var password = (await File.ReadAllTextAsync(Path.Combine(demonstration.SecretsDirectory, AccountBootstrap.AdminPasswordFile))).Trim();
        using var handler = new HttpClientHandler { CookieContainer = new CookieContainer() };
        using var client = new HttpClient(handler) { BaseAddress = demonstration.BaseAddress };
        using var login = await client.PostAsJsonAsync(new Uri("/api/auth/login", UriKind.Relative), new { userName = "admin", password });
        login.EnsureSuccessStatusCode();
        using var created = await client.PostAsJsonAsync(new Uri("/graphql", UriKind.Relative),
            new { query = "mutation { createApiToken(name: \"scale-out benchmark\", expiresInDays: 1) { token } }" });
        var body = JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement;
        return body.GetProperty("data").GetProperty("createApiToken").GetProperty("token").GetString()
            ?? throw new InvalidOperationException(body.GetRawText());
    }

    public static async Task<Result> MeasureAsync(Uri address, string token, Request request, int clients, TimeSpan warmup, TimeSpan measured)
    {
        // One keep-alive connection per client, as many browsers or field devices would hold.
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = clients, PooledConnectionLifetime = TimeSpan.FromMinutes(5) };
        using var client = new HttpClient(handler) { BaseAddress = address, Timeout = TimeSpan.FromSeconds(30) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

        var start = Stopwatch.GetTimestamp();
        var measureFrom = start + (long)(warmup.TotalSeconds * Stopwatch.Frequency);
        var stopAt = measureFrom + (long)(measured.TotalSeconds * Stopwatch.Frequency);
        var latencies = new List<double>[clients];
        var errors = new int[clients];
        await Task.WhenAll(Enumerable.Range(0, clients).Select(async c =>
        {
            latencies[c] = [];
            while (true)
            {
                var sent = Stopwatch.GetTimestamp();
                if (sent >= stopAt)
                {
                    return;
                }

                var ok = false;
                try
                {
                    using var message = request.Create();
                    using var response = await client.SendAsync(message, HttpCompletionOption.ResponseContentRead);
                    var body = await response.Content.ReadAsStringAsync();
                    ok = response.IsSuccessStatusCode && !body.Contains("\"errors\"", StringComparison.Ordinal);
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                {
                    ok = false;
                }

                var done = Stopwatch.GetTimestamp();
                if (sent >= measureFrom && done <= stopAt)
                {
                    if (ok)
                    {
                        latencies[c].Add(Stopwatch.GetElapsedTime(sent, done).TotalMilliseconds);
                    }
                    else
                    {
                        errors[c]++;
                    }
                }
            }
        }));

        var all = latencies.SelectMany(l => l).Order().ToArray();
        double Percentile(double p) => all.Length == 0 ? double.NaN : all[Math.Min(all.Length - 1, (int)(p * all.Length))];
        return new Result(all.Length / measured.TotalSeconds, Percentile(0.5), Percentile(0.99), errors.Sum());
    }
}
