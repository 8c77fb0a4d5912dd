using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using FireMap.Api.Database;
using FireMap.Api.Database.Embedded;
using FireMap.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Xunit.Abstractions;

namespace FireMap.Api.Tests.Database;

/// <summary>
/// The embedded PostgreSQL is killed (SIGKILL of the postmaster) while clients write through the
/// API: they get 503s (never a 500) while it is down, the service restarts it within 10 s, and
/// every write that was acknowledged is still there. The service and its cluster are this test's
/// own; the cluster is durable, as the service's is by default.
/// </summary>
[Collection(EmbeddedClusterRecoveryCollection.Name)]
public sealed class EmbeddedClusterRecoveryTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const string Report = """
        mutation($lane: ID!) { reportBlockage(input: {laneId: $lane, cause: CONSTRUCTION, remainingWidthMeters: 3.5, note: "recovery test"}) { id } }
        """;

    private const int Clients = 4;
    private static readonly TimeSpan _beforeKill = TimeSpan.FromSeconds(4);
    private static readonly TimeSpan _afterKill = TimeSpan.FromSeconds(12);
    private static readonly TimeSpan _recoveryLimit = TimeSpan.FromSeconds(10);

    private readonly string _root = RepositoryRoot.Find();
    private readonly string _directory = Path.Combine(RepositoryRoot.Find(), ".firemap", "cluster-tests", "recovery-" + Guid.NewGuid().ToString("N")[..8]);
    private OwnServer? _server;

    public async Task InitializeAsync()
    {
        _server = await OwnServer.StartAsync(new Dictionary<string, string?>
        {
            [DatabaseExtensions.ConnectionVariable] = "",
            ["FireMap:Root"] = _root,
            ["FireMap:Embedded:Directory"] = _directory,
            ["FireMap:Embedded:Port"] = FreePort().ToString(CultureInfo.InvariantCulture),
            ["FireMap:Risk:DailyRuns"] = "false",
        });
    }

    [Fact]
    public async Task Postmaster_killed_under_load_gives_503_then_recovers_within_10_s_keeping_acknowledged_writes()
    {
        var server = _server!;
        var cluster = server.Services.GetRequiredService<EmbeddedPostgresCluster>();
        var dataSource = server.Services.GetRequiredService<NpgsqlDataSource>();
        var lanes = await LaneIdsAsync(dataSource);
        var results = new ConcurrentBag<Outcome>();
        var clock = Stopwatch.StartNew();
        var end = _beforeKill + _afterKill;

        var clients = Enumerable.Range(0, Clients).Select(n => Task.Run(() => WriteUntilAsync(server, lanes, n, clock, end, results))).ToList();
        await Task.Delay(_beforeKill);
        var postmaster = cluster.ServerProcessId ?? throw new InvalidOperationException("no postmaster");
        var killedAt = clock.Elapsed;
        Process.GetProcessById(postmaster).Kill(); // SIGKILL: no shutdown, no checkpoint
        await Task.WhenAll(clients);

        var outcomes = results.OrderBy(o => o.Started).ToList();
        var unexpected = outcomes.Where(o => o.Status is not (HttpStatusCode.OK or HttpStatusCode.ServiceUnavailable)).ToList();
        Assert.True(unexpected.Count == 0, "unexpected answers: " + string.Join("; ", unexpected.Take(5).Select(o => $"{(int)o.Status} {o.Body}")));
        Assert.Contains(outcomes, o => o.Status == HttpStatusCode.ServiceUnavailable);
        Assert.All(outcomes.Where(o => o.Status == HttpStatusCode.ServiceUnavailable), o => Assert.Contains("SERVICE_UNAVAILABLE", o.Body, StringComparison.Ordinal));

        var recovered = outcomes.FirstOrDefault(o => o.Started > killedAt && o.Status == HttpStatusCode.OK && outcomes.Any(d => d.Status == HttpStatusCode.ServiceUnavailable && d.Started < o.Started));
        Assert.NotNull(recovered);
        var recovery = recovered.Finished - killedAt;
        output.WriteLine($"requests {outcomes.Count}, 503s {outcomes.Count(o => o.Status == HttpStatusCode.ServiceUnavailable)}, acknowledged writes {outcomes.Count(o => o.Id is not null)}, recovery {recovery.TotalSeconds:0.00} s");
        Assert.True(recovery < _recoveryLimit, $"recovered after {recovery.TotalSeconds:0.0} s");
        Assert.All(outcomes.Where(o => o.Started > recovered.Finished), o => Assert.Equal(HttpStatusCode.OK, o.Status));

        var acknowledged = outcomes.Where(o => o.Id is not null).Select(o => long.Parse(o.Id!, CultureInfo.InvariantCulture)).ToArray();
        await using var count = dataSource.CreateCommand("SELECT count(*) FROM blockages WHERE id = ANY(@ids)");
        count.Parameters.AddWithValue("ids", acknowledged);
        Assert.Equal(acknowledged.Length, Convert.ToInt32(await count.ExecuteScalarAsync(), CultureInfo.InvariantCulture));
    }

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        ClusterTestFolders.Delete(_directory);
    }

    private static async Task WriteUntilAsync(OwnServer server, long[] lanes, int client, Stopwatch clock, TimeSpan end, ConcurrentBag<Outcome> results)
    {
        using var http = server.CreateClient();
        for (var i = client; clock.Elapsed < end; i += Clients)
        {
            var started = clock.Elapsed;
            using var response = await http.PostAsJsonAsync(new Uri("/graphql", UriKind.Relative),
                new { query = Report, variables = new { lane = lanes[i % lanes.Length].ToString(CultureInfo.InvariantCulture) } });
            var body = await response.Content.ReadAsStringAsync();
            string? id = null;
            if (response.StatusCode == HttpStatusCode.OK)
            {
                var data = JsonDocument.Parse(body).RootElement.GetProperty("data");
                id = data.ValueKind == JsonValueKind.Object ? data.GetProperty("reportBlockage").GetProperty("id").GetString() : null;
            }

            results.Add(new Outcome(started, clock.Elapsed, response.StatusCode, body, id));
            if (response.StatusCode != HttpStatusCode.OK)
            {
                await Task.Delay(50); // as a client honouring Retry-After would, only sooner, to see the recovery
            }
        }
    }

    private static async Task<long[]> LaneIdsAsync(NpgsqlDataSource dataSource)
    {
        await using var command = dataSource.CreateCommand("SELECT id FROM fire_lanes WHERE clear_width_m >= 3.5 ORDER BY id LIMIT 40");
        await using var reader = await command.ExecuteReaderAsync();
        var ids = new List<long>();
        while (await reader.ReadAsync())
        {
            ids.Add(reader.GetInt64(0));
        }

        return ids.Count > 0 ? [.. ids] : throw new InvalidOperationException("the demo data have no fire lanes");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private sealed record Outcome(TimeSpan Started, TimeSpan Finished, HttpStatusCode Status, string Body, string? Id);
}
