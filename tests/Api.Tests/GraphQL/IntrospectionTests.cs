using System.Diagnostics;
using System.Text.Json;
using FireMap.TestHost;

namespace FireMap.Api.Tests.GraphQL;

/// <summary>
/// Introspection works for every standard client (graphql-js with all options, which GraphiQL and
/// Apollo tooling use) and has its own bounds: it costs nothing against the complexity limit, yet a
/// query that multiplies the schema by nesting or repeating introspection is refused, and an
/// expensive data query next to an introspection is still refused.
/// </summary>
[Collection(FireMapServerCollection.Name)]
public sealed class IntrospectionTests(FireMapServerFixture server)
{
    [Fact]
    public async Task Standard_introspection_with_every_option_builds_a_client_schema_in_graphql_js()
    {
        var query = await NodeAsync("query");
        using var client = server.CreateClient();
        var body = await GraphQLRequests.PostAsync(client, query);
        Assert.False(body.TryGetProperty("errors", out _), body.ToString()[..Math.Min(600, body.ToString().Length)]);

        var answer = Path.GetTempFileName();
        try
        {
            await File.WriteAllTextAsync(answer, body.ToString());
            using var built = JsonDocument.Parse(await NodeAsync("build", answer));
            Assert.True(built.RootElement.GetProperty("types").GetInt32() > 50, built.RootElement.ToString());
            Assert.StartsWith("FireMap", built.RootElement.GetProperty("description").GetString());
        }
        finally
        {
            File.Delete(answer);
        }
    }

    [Fact]
    public async Task Introspection_for_a_viewer_works_too()
    {
        var query = await NodeAsync("query");
        using var client = server.CreateClient("viewer");
        var body = await GraphQLRequests.PostAsync(client, query);
        Assert.False(body.TryGetProperty("errors", out _), body.ToString()[..Math.Min(600, body.ToString().Length)]);
    }

    [Fact]
    public async Task Newer_introspection_fields_are_answered()
    {
        const string Query = """
            {
              __schema { description directives { name isRepeatable args(includeDeprecated: true) { name isDeprecated deprecationReason } } }
              __type(name: "String") { name specifiedByURL isOneOf }
            }
            """;
        using var client = server.CreateClient();
        var body = await GraphQLRequests.PostAsync(client, Query);
        Assert.False(body.TryGetProperty("errors", out _), body.ToString());
        Assert.Equal(JsonValueKind.Null, body.GetProperty("data").GetProperty("__type").GetProperty("specifiedByURL").ValueKind);
    }

    [Fact]
    public async Task Expensive_data_query_next_to_an_introspection_is_still_refused()
    {
        var query = "{ __schema { types { name } } "
            + string.Join(' ', Enumerable.Range(0, 3).Select(i => $"r{i}: compoundRanking(first: 500) {{ items {{ rank compound {{ name }} contributions {{ factor points score chineseName englishName side }} }} }}"))
            + " }";
        using var client = server.CreateClient();
        var body = await GraphQLRequests.PostAsync(client, query);
        Assert.True(body.TryGetProperty("errors", out var errors), body.ToString()[..Math.Min(300, body.ToString().Length)]);
        Assert.Contains("complexity", errors[0].GetProperty("message").GetString()!, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("{ __schema { types { fields { type { fields { type { fields { name } } } } } } } }")]
    [InlineData("{ __schema { types { possibleTypes { interfaces { fields { name } } } } } }")]
    [InlineData("{ a: __schema { types { name } } b: __schema { types { name } } c: __schema { types { name } } d: __schema { types { name } } }")]
    [InlineData("{ ...A } fragment A on Query { x: __schema { ...T } y: __schema { ...T } } fragment T on __Schema { types { fields { args { type { fields { name } } } } } }")]
    public async Task Introspection_that_multiplies_the_schema_is_refused(string query)
    {
        using var client = server.CreateClient();
        var clock = Stopwatch.StartNew();
        var body = await GraphQLRequests.PostAsync(client, query);
        clock.Stop();

        Assert.True(body.TryGetProperty("errors", out _), body.ToString()[..Math.Min(300, body.ToString().Length)]);
        Assert.Equal("INTROSPECTION_TOO_LARGE", GraphQLRequests.FirstErrorCode(body));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(3), $"took {clock.Elapsed}");
    }

    [Fact]
    public async Task Doubling_fragments_inside_an_introspection_are_refused_by_size()
    {
        var text = new System.Text.StringBuilder("{ __schema { types { ...F0 } } }\nfragment F20 on __Type { name }\n");
        for (var i = 19; i >= 0; i--)
        {
            text.Append(System.Globalization.CultureInfo.InvariantCulture, $"fragment F{i} on __Type {{ name ...F{i + 1} kind ...F{i + 1} }}\n");
        }

        using var client = server.CreateClient();
        var body = await GraphQLRequests.PostAsync(client, text.ToString());
        Assert.Equal("QUERY_TOO_LARGE", GraphQLRequests.FirstErrorCode(body));
    }

    private static async Task<string> NodeAsync(params string[] arguments)
    {
        var root = RepositoryRoot.Find();
        var start = new ProcessStartInfo("node")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(root, "tests", "Api.Tests", "GraphQL", "introspection.mjs"));
        start.ArgumentList.Add(root);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("node did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"node {string.Join(' ', arguments)} failed: {await error}");
        return await output;
    }
}
