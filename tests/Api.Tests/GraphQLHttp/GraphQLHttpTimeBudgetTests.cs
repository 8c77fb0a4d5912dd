using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json;

namespace FireMap.Api.Tests.GraphQLHttp;

/// <summary>Every request runs within a time budget and stops when its client goes away.</summary>
public sealed class GraphQLHttpTimeBudgetTests(GraphQLHttpTestServer server) : IClassFixture<GraphQLHttpTestServer>
{
    [Fact]
    public async Task Request_past_its_time_budget_is_stopped_with_a_code()
    {
        using var client = server.CreateClient();
        var clock = Stopwatch.StartNew();
        using var response = await client.PostAsync(new Uri("/graphql", UriKind.Relative), Json("{ slow(ms: 20000) }"));
        clock.Stop();

        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("TIME_BUDGET_EXCEEDED", body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        Assert.True(clock.Elapsed < GraphQLHttpTestServer.TimeBudget + TimeSpan.FromSeconds(3), $"took {clock.Elapsed}");
    }

    [Fact]
    public async Task Request_whose_client_leaves_is_cancelled()
    {
        var before = HttpTestSchema.Cancelled;
        using var client = server.CreateClient();
        client.Timeout = TimeSpan.FromMilliseconds(200);
        await Assert.ThrowsAnyAsync<TaskCanceledException>(() =>
            client.PostAsync(new Uri("/graphql", UriKind.Relative), Json("{ slow(ms: 900) }")));

        // A resolver that runs to its end (900 ms, inside the 1 s budget) is never counted as cancelled,
        // so waiting longer cannot pass wrongly; it only gives a busy machine time to notice the client left.
        var clock = Stopwatch.StartNew();
        while (HttpTestSchema.Cancelled == before && clock.Elapsed < TimeSpan.FromSeconds(3))
        {
            await Task.Delay(20);
        }

        Assert.True(HttpTestSchema.Cancelled > before, "the resolver kept running after the client left");
    }

    private static StringContent Json(string query) =>
        new(JsonSerializer.Serialize(new { query }), Encoding.UTF8, "application/json");
}
