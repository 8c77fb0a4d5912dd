using System.Diagnostics;
using System.Globalization;
using System.Text;
using FireMap.TestHost;

namespace FireMap.Api.Tests.GraphQL;

/// <summary>
/// The complexity limit: computed on the expanded operation, from the variables of each request
/// (a cached document too), with the costs of expensive fields; one risk recompute per request.
/// </summary>
[Collection(FireMapServerCollection.Name)]
public sealed class QueryCostTests(FireMapServerFixture server)
{
    [Fact]
    public async Task Query_of_nested_doubling_fragments_is_refused_quickly()
    {
        // 1.4 KB that expands to 2^30 fields.
        var text = new StringBuilder("query { ...F0 }\nfragment F30 on Query { __typename }\n");
        for (var i = 29; i >= 0; i--)
        {
            text.Append(CultureInfo.InvariantCulture, $"fragment F{i} on Query {{ a: __typename ...F{i + 1} b: __typename ...F{i + 1} }}\n");
        }

        // Fragments spread twice on one level conflict on field merging only when they differ; the
        // spreads here are the same fragment, so the document is valid and only its size is wrong.
        using var client = server.CreateClient();
        var clock = Stopwatch.StartNew();
        var body = await GraphQLRequests.PostAsync(client, text.ToString());
        clock.Stop();

        Assert.True(body.TryGetProperty("errors", out _), body.ToString());
        Assert.False(body.TryGetProperty("data", out var data) && data.ValueKind == System.Text.Json.JsonValueKind.Object, body.ToString());
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(3), $"took {clock.Elapsed}");
    }

    [Fact]
    public async Task Cached_document_is_checked_again_with_each_requests_variables()
    {
        const string Query = """
            query($n: Int) {
              a: compoundRanking(first: $n) { items { rank score compound { name } contributions { factor points score chineseName englishName side } } }
              b: compoundRanking(first: $n) { items { rank score compound { name } contributions { factor points score chineseName englishName side } } }
              c: compoundRanking(first: $n) { items { rank score compound { name } contributions { factor points score chineseName englishName side } } }
            }
            """;
        using var client = server.CreateClient();
        var cheap = await GraphQLRequests.PostAsync(client, Query, new { n = 1 });
        var again = await GraphQLRequests.PostAsync(client, Query, new { n = 1 });
        var costly = await GraphQLRequests.PostAsync(client, Query, new { n = 500 });

        Assert.False(cheap.TryGetProperty("errors", out _), cheap.ToString());
        Assert.False(again.TryGetProperty("errors", out _), again.ToString());
        Assert.True(costly.TryGetProperty("errors", out var errors), costly.ToString());
        Assert.Contains("complexity", errors[0].GetProperty("message").GetString()!, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("items { rank compound { name } contributions { factor points score chineseName englishName side } }")]
    [InlineData("edges { node { rank compound { name } contributions { factor points score chineseName englishName side } } }")]
    public async Task Ranking_costs_the_same_through_items_and_edges(string selection)
    {
        var query = "{ " + string.Join(' ', Enumerable.Range(0, 3).Select(i => $"r{i}: compoundRanking(first: 500) {{ {selection} }}")) + " }";
        using var client = server.CreateClient();
        var body = await GraphQLRequests.PostAsync(client, query);
        Assert.True(body.TryGetProperty("errors", out var errors), body.ToString());
        Assert.Contains("complexity", errors[0].GetProperty("message").GetString()!, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Aliases_of_a_large_geocode_batch_are_refused_before_any_runs()
    {
        var addresses = Enumerable.Repeat("跃进村路1号", 1000).ToArray();
        var query = "query($a: [String!]!) { " + string.Join(' ', Enumerable.Range(0, 5).Select(i => $"g{i}: geocodeBatch(addresses: $a) {{ __typename }}")) + " }";
        using var client = server.CreateClient();
        var clock = Stopwatch.StartNew();
        var body = await GraphQLRequests.PostAsync(client, query, new { a = addresses });

        Assert.True(body.TryGetProperty("errors", out var errors), body.ToString()[..Math.Min(300, body.ToString().Length)]);
        Assert.Contains("complexity", errors[0].GetProperty("message").GetString()!, StringComparison.OrdinalIgnoreCase);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2), $"took {clock.Elapsed}");
    }

    [Fact]
    public async Task Aliases_of_riskWhatIf_past_the_limit_are_refused()
    {
        var query = "{ " + string.Join(' ', Enumerable.Range(0, 60).Select(i => $"w{i}: riskWhatIf(compoundId: \"1\") {{ __typename }}")) + " }";
        using var client = server.CreateClient();
        var body = await GraphQLRequests.PostAsync(client, query);
        Assert.True(body.TryGetProperty("errors", out var errors), body.ToString());
        Assert.Contains("complexity", errors[0].GetProperty("message").GetString()!, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Two_recomputes_in_one_request_are_refused_and_none_runs()
    {
        var before = await RunsAsync();
        using var client = server.CreateClient();
        var body = await GraphQLRequests.PostAsync(client, "mutation { a: recomputeRisk { id } ...More } fragment More on Mutation { b: recomputeRisk { id } }");

        Assert.Equal("BAD_USER_INPUT", GraphQLRequests.FirstErrorCode(body));
        Assert.Equal(before, await RunsAsync());
    }

    [Fact]
    public async Task Recompute_while_another_runs_is_refused_as_a_conflict()
    {
        using var client = server.CreateClient();
        var requests = Enumerable.Range(0, 4).Select(_ => GraphQLRequests.PostAsync(client, "mutation { recomputeRisk { id } }")).ToList();
        var bodies = await Task.WhenAll(requests);

        var codes = bodies.Select(b => b.TryGetProperty("errors", out var e) ? e[0].GetProperty("extensions").GetProperty("code").GetString() : "OK").ToList();
        Assert.Contains("OK", codes);
        Assert.Contains("CONFLICT", codes);
        Assert.All(codes, code => Assert.True(code is "OK" or "CONFLICT", string.Join(", ", codes)));
    }

    private async Task<long> RunsAsync()
    {
        await using var command = server.DataSource.CreateCommand("SELECT count(*) + coalesce(sum(extract(epoch FROM computed_at)), 0)::bigint FROM risk_runs");
        return Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }
}
