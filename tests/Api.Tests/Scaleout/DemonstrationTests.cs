using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using FireMap.Api.Accounts;
using FireMap.TestHost;
using Xunit.Abstractions;

namespace FireMap.Api.Tests.Scaleout;

/// <summary>
/// The local demonstration (<c>./firemap run --instances 2 --replicas 1</c>) as the script starts it: a
/// primary, a <c>pg_basebackup</c> replica, two API processes from the Release build and nginx in front;
/// used through the proxy as a browser would, and one instance stopped while four clients keep reading.
/// </summary>
public sealed class DemonstrationTests(ITestOutputHelper output)
{
    private const string FirstUnit = "{ units(first: 1) { edges { node { id name version } } } }";
    private const string Rename = "mutation($id: ID!, $v: Int!, $name: String!) { updateUnit(id: $id, expectedVersion: $v, input: { name: $name }) { name version } }";
    private const string Read = "query($id: ID!) { unit(id: $id) { name version } }";

    [Fact]
    public async Task Sign_in_read_write_and_read_back_through_nginx_and_keep_answering_when_an_instance_stops()
    {
        if (ScaledDemonstration.FindNginx() is null)
        {
            // ./firemap test installs nginx-light; elsewhere the demonstration cannot be had without it.
            Assert.True(string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI")),
                "nginx is not installed: the demonstration test needs it (apt-get install nginx-light, as ./firemap test does)");
            return;
        }

        var clock = Stopwatch.StartNew();
        await using var demonstration = await ScaledDemonstration.StartAsync(RepositoryRoot.Find(), "test", instances: 2, replicas: 1, proxy: true,
            new Dictionary<string, string>
            {
                ["FireMap__Accounts__LoginsPerMinute"] = "100000",
                ["FireMap__Jobs__Enabled"] = "false",
                ["FireMap__Replicas__CheckEvery"] = "00:00:00.200",
            });
        output.WriteLine($"started in {clock.Elapsed.TotalSeconds:F1} s");
        var account = await AdministratorAsync(demonstration);
        using var handler = new HttpClientHandler { CookieContainer = new CookieContainer() };
        using var client = new HttpClient(handler) { BaseAddress = demonstration.BaseAddress };

        using (var login = await client.PostAsJsonAsync(new Uri("/api/auth/login", UriKind.Relative), new { userName = account.UserName, password = account.Password }))
        {
            Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        }

        // Least connections spreads these over both instances: the session works on either.
        for (var i = 0; i < 6; i++)
        {
            var me = await QueryAsync(client, "{ me { userName } }", new { });
            Assert.Equal(account.UserName, me.GetProperty("me").GetProperty("userName").GetString());
        }

        using (var layer = await client.GetAsync(new Uri("/api/layers/stations.geojson", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.OK, layer.StatusCode);
        }

        var unit = (await QueryAsync(client, FirstUnit, new { })).GetProperty("units").GetProperty("edges")[0].GetProperty("node");
        var id = unit.GetProperty("id").GetString();
        var renamed = await QueryAsync(client, Rename, new { id, v = unit.GetProperty("version").GetInt32(), name = "演示写入" });
        Assert.Equal("演示写入", renamed.GetProperty("updateUnit").GetProperty("name").GetString());
        // The write's position came back as a cookie: every later read, on either instance and whichever database, sees it.
        for (var i = 0; i < 4; i++)
        {
            Assert.Equal("演示写入", (await QueryAsync(client, Read, new { id })).GetProperty("unit").GetProperty("name").GetString());
        }

        // Instance 1 stops under load: four clients keep reading through nginx while it goes, and none sees an error.
        using var stopLoad = new CancellationTokenSource();
        var failures = new ConcurrentQueue<string>();
        var answered = 0;
        var readers = Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            while (!stopLoad.IsCancellationRequested)
            {
                try
                {
                    Assert.Equal("演示写入", (await QueryAsync(client, Read, new { id })).GetProperty("unit").GetProperty("name").GetString());
                    Interlocked.Increment(ref answered);
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    failures.Enqueue(exception.Message);
                }
            }
        })).ToList();
        await Task.Delay(TimeSpan.FromSeconds(1));
        await demonstration.StopInstanceAsync(0);
        await Task.Delay(TimeSpan.FromSeconds(2));
        await stopLoad.CancelAsync();
        await Task.WhenAll(readers);
        output.WriteLine($"{answered} reads answered while instance 1 stopped, {failures.Count} failed");
        Assert.True(failures.IsEmpty, string.Join(Environment.NewLine, failures.Take(5)) + Environment.NewLine + "nginx: " + demonstration.ProxyErrors());
        Assert.True(answered > 0, "no read was answered while instance 1 stopped");

        for (var i = 0; i < 6; i++)
        {
            Assert.Equal("演示写入", (await QueryAsync(client, Read, new { id })).GetProperty("unit").GetProperty("name").GetString());
        }

        var again = await QueryAsync(client, Rename, new { id, v = renamed.GetProperty("updateUnit").GetProperty("version").GetInt32(), name = "仍可写入" });
        Assert.Equal("仍可写入", again.GetProperty("updateUnit").GetProperty("name").GetString());
        Assert.Equal("仍可写入", (await QueryAsync(client, Read, new { id })).GetProperty("unit").GetProperty("name").GetString());
        output.WriteLine($"done in {clock.Elapsed.TotalSeconds:F1} s");
    }

    // The administrator the first start made, whose password it wrote next to the demo accounts.
    private static async Task<(string UserName, string Password)> AdministratorAsync(ScaledDemonstration demonstration) =>
        ("admin", (await File.ReadAllTextAsync(Path.Combine(demonstration.SecretsDirectory, AccountBootstrap.AdminPasswordFile))).Trim());

    private static async Task<JsonElement> QueryAsync(HttpClient client, string query, object variables)
    {
        using var response = await client.PostAsJsonAsync(new Uri("/graphql", UriKind.Relative), new { query, variables });
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(text.StartsWith('{'), $"{(int)response.StatusCode} {text[..Math.Min(text.Length, 200)]}");
        var body = JsonDocument.Parse(text).RootElement.Clone();
        Assert.True(response.StatusCode == HttpStatusCode.OK && !body.TryGetProperty("errors", out _), $"{(int)response.StatusCode} {body.GetRawText()}");
        return body.GetProperty("data");
    }
}
