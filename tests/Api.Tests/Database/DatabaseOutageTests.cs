using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using FireMap.Api.Database;
using FireMap.TestHost;
using Npgsql;

namespace FireMap.Api.Tests.Database;

/// <summary>
/// With the database out of reach, every transport says so the same way: 503, Retry-After, the
/// code SERVICE_UNAVAILABLE, and nothing of the driver's message (hosts, ports, roles).
/// </summary>
public sealed class DatabaseOutageTests : IAsyncLifetime
{
    private const string Query = "{ compounds(first: 1) { totalCount } }";

    private readonly string _root = RepositoryRoot.Find();
    private string _database = "";
    private OwnServer? _server;

    private OwnServer Server => _server ?? throw new InvalidOperationException("not started");

    public async Task InitializeAsync()
    {
        var connectionString = await TestCluster.CreateFreshDatabaseAsync(_root, "outage");
        _database = new NpgsqlConnectionStringBuilder(connectionString).Database!;
        _server = await OwnServer.StartAsync(new Dictionary<string, string?>
        {
            [DatabaseExtensions.ConnectionVariable] = connectionString,
            ["FireMap:Root"] = _root,
            ["FireMap:LoadDemoData"] = "false",
            ["FireMap:Risk:DailyRuns"] = "false",
        });
    }

    [Fact]
    public async Task Requests_while_database_refuses_connections_are_503_with_retry_after()
    {
        using var client = Server.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await PostQueryAsync(client)).StatusCode);

        await RefuseConnectionsAsync(true);
        try
        {
            using var graphQL = await PostQueryAsync(client);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, graphQL.StatusCode);
            Assert.Equal("SERVICE_UNAVAILABLE", CodeOf(JsonDocument.Parse(await graphQL.Content.ReadAsStringAsync()).RootElement));
            AssertRetryAfter(graphQL);
            await AssertNoInternalsAsync(graphQL);

            using var anonymous = Server.CreateAnonymousClient();
            using var health = await anonymous.GetAsync(new Uri("/health", UriKind.Relative));
            var body = JsonDocument.Parse(await health.Content.ReadAsStringAsync()).RootElement;
            Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
            Assert.Equal(["status"], body.EnumerateObject().Select(p => p.Name));
            AssertRetryAfter(health);

            using var layer = await client.GetAsync(new Uri("/api/layers/compounds.geojson", UriKind.Relative));
            var problem = JsonDocument.Parse(await layer.Content.ReadAsStringAsync()).RootElement;
            Assert.Equal(HttpStatusCode.ServiceUnavailable, layer.StatusCode);
            Assert.Equal("application/problem+json", layer.Content.Headers.ContentType?.MediaType);
            Assert.Equal("SERVICE_UNAVAILABLE", problem.GetProperty("code").GetString());
            AssertRetryAfter(layer);
            await AssertNoInternalsAsync(layer);
        }
        finally
        {
            await RefuseConnectionsAsync(false);
        }

        Assert.Equal(HttpStatusCode.OK, (await PostQueryAsync(client)).StatusCode);
    }

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }

    private static Task<HttpResponseMessage> PostQueryAsync(HttpClient client) =>
        client.PostAsJsonAsync(new Uri("/graphql", UriKind.Relative), new { query = Query });

    /// <summary>
    /// Closes this test's database to the application role (connection limit 0, sessions ended),
    /// which the service meets as it would a server that is down: its pooled connections break and
    /// new ones are refused. The shared test cluster and the other tests' databases stay up.
    /// </summary>
    private async Task RefuseConnectionsAsync(bool refuse)
    {
        await using var admin = new NpgsqlConnection(TestCluster.AdminConnectionString);
        await admin.OpenAsync();
        await using var limit = new NpgsqlCommand($"ALTER DATABASE \"{_database}\" CONNECTION LIMIT {(refuse ? 0 : -1)}", admin);
        await limit.ExecuteNonQueryAsync();
        if (refuse)
        {
            await using var end = new NpgsqlCommand("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = @name", admin);
            end.Parameters.AddWithValue("name", _database);
            await end.ExecuteNonQueryAsync();
        }
    }

    /// <summary>
    /// The error code of a GraphQL error body, or of problem details: signing in with a token
    /// reads the database too, so an outage may stop the request before GraphQL sees it.
    /// </summary>
    private static string? CodeOf(JsonElement body) =>
        body.TryGetProperty("errors", out var errors)
            ? errors[0].GetProperty("extensions").GetProperty("code").GetString()
            : body.GetProperty("code").GetString();

    private static void AssertRetryAfter(HttpResponseMessage response) =>
        Assert.True(response.Headers.RetryAfter?.Delta is { TotalSeconds: > 0 }, "Retry-After is missing");

    private static async Task AssertNoInternalsAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        foreach (var secret in new[] { "127.0.0.1", "Npgsql", "Exception", "firemap_app", "53300", "57P01", "too many" })
        {
            Assert.DoesNotContain(secret, text, StringComparison.OrdinalIgnoreCase);
        }
    }
}
