using System.Net;
using static FireMap.Api.Tests.GraphQLHttp.GraphQLHttpRequests;

namespace FireMap.Api.Tests.GraphQLHttp;

public sealed class GraphQLHttpEndpointTests(GraphQLHttpTestServer server) : IClassFixture<GraphQLHttpTestServer>
{
    private readonly HttpClient _client = server.CreateClient();

    [Fact]
    public async Task Post_query_returnsDataAsGraphQLResponseJson()
    {
        using var response = await _client.SendAsync(PostQuery("query($n: String) { hello(name: $n) }", new { n = "跃进村" }));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(GraphQLResponseJson, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        var body = await ReadJsonAsync(response);
        Assert.Equal("Hello, 跃进村", body.GetProperty("data").GetProperty("hello").GetString());
        Assert.False(body.TryGetProperty("errors", out _));
    }

    [Theory]
    [InlineData("application/json", "application/json")]
    [InlineData(null, "application/json")]
    [InlineData("*/*", "application/json")]
    [InlineData("application/graphql-response+json, application/json;q=0.9", GraphQLResponseJson)]
    [InlineData("application/json;q=0.5, application/graphql-response+json", GraphQLResponseJson)]
    public async Task Post_accept_selectsResponseMediaType(string? accept, string expected)
    {
        using var response = await _client.SendAsync(PostQuery("{ hello }", accept: accept));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(expected, response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Get_queryWithVariables_returnsData()
    {
        using var response = await _client.SendAsync(Get("query Q($n: String) { hello(name: $n) }", """{"n":"GET"}"""));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await ReadJsonAsync(response);
        Assert.Equal("Hello, GET", body.GetProperty("data").GetProperty("hello").GetString());
    }

    [Fact]
    public async Task Post_mutation_executes()
    {
        using var response = await _client.SendAsync(PostQuery("mutation { noop }"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await ReadJsonAsync(response);
        Assert.True(body.GetProperty("data").GetProperty("noop").GetBoolean());
    }

    [Fact]
    public async Task Get_mutation_is405WithAllowPost()
    {
        using var response = await _client.SendAsync(Get("mutation { noop }"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["POST"], response.Content.Headers.Allow);
        Assert.Equal("METHOD_NOT_ALLOWED", FirstErrorCode(await ReadJsonAsync(response)));
    }

    [Fact]
    public async Task Get_mutationAlreadyCachedByPost_isStill405()
    {
        const string Mutation = "mutation CachedFirst { noop }";
        using var post = await _client.SendAsync(PostQuery(Mutation));
        Assert.Equal(HttpStatusCode.OK, post.StatusCode);

        using var get = await _client.SendAsync(Get(Mutation));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, get.StatusCode);
    }

    [Fact]
    public async Task Post_resolverThrows_returns200WithDataAndNoInternalDetails()
    {
        using var response = await _client.SendAsync(PostQuery("{ hello fail }"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("hunter2", text, StringComparison.Ordinal);
        Assert.DoesNotContain(nameof(InvalidOperationException), text, StringComparison.Ordinal);
        var body = await ReadJsonAsync(response);
        Assert.Equal("Hello, world", body.GetProperty("data").GetProperty("hello").GetString());
        Assert.NotEmpty(FirstErrorCode(body));
        Assert.Contains(server.Logs.Entries, entry => entry.Exception?.Message == HttpTestSchema.SecretMessage);
    }

    [Fact]
    public async Task Ui_redirectsToGraphiQLPage()
    {
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri(server.BaseUrl) };

        using var response = await client.GetAsync(new Uri("/graphql/ui", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/graphiql/index.html", response.Headers.Location?.OriginalString);
    }
}
