using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using FireMap.Api.Database;
using FireMap.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using NpgsqlTypes;

namespace FireMap.Api.Tests.Scaleout;

/// <summary>/health's replication state, and the read pool's refusal of a configured replica that is no standby.</summary>
[Collection(FireMapServerCollection.Name)]
public sealed class ReadReplicaTests(FireMapServerFixture server)
{
    [Fact]
    public async Task Health_says_the_database_is_a_primary_and_lists_its_streaming_replicas()
    {
        using var client = server.CreateAnonymousClient();
        using var response = await client.GetAsync(new Uri("/health", UriKind.Relative));
        var replication = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("replication");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("primary", replication.GetProperty("role").GetString());
        Assert.Equal(JsonValueKind.Array, replication.GetProperty("replicas").ValueKind);
        Assert.Empty(replication.GetProperty("readPool").EnumerateArray());
        Assert.DoesNotContain("127.0.0.1", replication.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_configured_replica_that_is_not_a_standby_stays_out_of_the_read_pool_and_reads_go_to_the_primary()
    {
        // The test database is a primary: offered as a replica, it must never serve reads as one.
        await using var instance = await server.StartInstanceAsync(new Dictionary<string, string?>
        {
            ["FireMap:Replicas:ConnectionStrings:0"] = server.ConnectionString,
            ["FireMap:Replicas:CheckEvery"] = "00:00:00.200",
        });
        var replicas = instance.Services.GetRequiredService<ReadReplicas>();
        var until = DateTime.UtcNow.AddSeconds(10);
        while (!replicas.States[0].Reachable)
        {
            Assert.True(DateTime.UtcNow < until, "the replica was looked at");
            await Task.Delay(100);
        }

        Assert.False(replicas.States[0].InPool);
        Assert.Same(instance.Services.GetRequiredService<NpgsqlDataSource>(), await replicas.ForReadAsync(null, CancellationToken.None));

        using var client = instance.CreateAnonymousClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", server.Accounts["admin"].Token);
        using var layer = await client.GetAsync(new Uri("/api/layers/stations.geojson", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, layer.StatusCode);
        using var health = await client.GetAsync(new Uri("/health", UriKind.Relative));
        var pool = JsonDocument.Parse(await health.Content.ReadAsStringAsync()).RootElement.GetProperty("replication").GetProperty("readPool")[0];
        Assert.Equal("replica-1", pool.GetProperty("name").GetString());
        Assert.False(pool.GetProperty("inPool").GetBoolean());
    }

    [Fact]
    public async Task A_write_with_replicas_configured_answers_with_its_WAL_position()
    {
        await using var instance = await server.StartInstanceAsync(new Dictionary<string, string?>
        {
            ["FireMap:Replicas:ConnectionStrings:0"] = server.ConnectionString,
        });
        using var client = instance.CreateAnonymousClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", server.Accounts["admin"].Token);
        using var response = await client.PostAsync(new Uri("/graphql", UriKind.Relative),
            new StringContent("""{"query":"mutation { createApiToken(name: \"lsn\", expiresInDays: 1) { token } }"}""", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var lsn = Assert.Single(response.Headers.GetValues(ReadYourWrites.Header));
        Assert.True(NpgsqlLogSequenceNumber.TryParse(lsn, out _), lsn);
    }

    [Fact]
    public async Task A_query_with_replicas_configured_answers_without_a_WAL_position()
    {
        // Reading sets no position: the caller's later reads are not held back by reads.
        await using var instance = await server.StartInstanceAsync(new Dictionary<string, string?>
        {
            ["FireMap:Replicas:ConnectionStrings:0"] = server.ConnectionString,
        });
        using var client = instance.CreateAnonymousClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", server.Accounts["admin"].Token);
        using var response = await client.PostAsync(new Uri("/graphql", UriKind.Relative),
            new StringContent("""{"query":"{ riskModelVersion }"}""", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains(ReadYourWrites.Header));
    }
}
