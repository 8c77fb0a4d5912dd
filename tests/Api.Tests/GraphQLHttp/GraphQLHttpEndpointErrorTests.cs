using System.Net;
using static FireMap.Api.Tests.GraphQLHttp.GraphQLHttpRequests;

namespace FireMap.Api.Tests.GraphQLHttp;

public sealed class GraphQLHttpEndpointErrorTests(GraphQLHttpTestServer server) : IClassFixture<GraphQLHttpTestServer>
{
    private readonly HttpClient _client = server.CreateClient();

    [Theory]
    [InlineData("{ \"not a JSON", "BAD_REQUEST")]
    [InlineData("", "BAD_REQUEST")]
    [InlineData("[]", "BAD_REQUEST")]
    [InlineData("""{"qeury":"{ hello }"}""", "BAD_REQUEST")]
    [InlineData("""{"query":42}""", "BAD_REQUEST")]
    [InlineData("""{"query":"{ hello }","variables":"{}"}""", "BAD_REQUEST")]
    [InlineData("""{"query":"{ hello }","variables":[1]}""", "BAD_REQUEST")]
    [InlineData("""{"query":"{ hello }","operationName":false}""", "BAD_REQUEST")]
    [InlineData("""{"query":"{ hello }","extensions":0}""", "BAD_REQUEST")]
    public async Task Post_malformedRequest_is400WithCode(string body, string code)
    {
        foreach (var accept in new[] { GraphQLResponseJson, "application/json" })
        {
            using var response = await _client.SendAsync(Post(body, accept));

            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal(code, FirstErrorCode(await ReadJsonAsync(response)));
        }
    }

    [Theory]
    [InlineData("{ hello(")]
    [InlineData("{ noSuchField }")]
    [InlineData("query($n: String!) { hello(name: $n) }")]
    public async Task Post_documentError_is400WithoutDataForGraphQLResponseJson(string query)
    {
        using var response = await _client.SendAsync(PostQuery(query));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await ReadJsonAsync(response);
        Assert.False(body.TryGetProperty("data", out _));
        Assert.NotEmpty(FirstErrorCode(body));
    }

    [Fact]
    public async Task Request_tooDeep_isRefusedByBuilderRuleEvenWhenCached()
    {
        const string Deep = "{ __schema { types { fields { type { ofType { ofType { ofType { name } } } } } } } }";

        foreach (var request in new[] { PostQuery(Deep), PostQuery(Deep), Get(Deep), Get(Deep) })
        {
            using (request)
            using (var response = await _client.SendAsync(request))
            {
                Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
                Assert.Equal("COMPLEXITY", FirstErrorCode(await ReadJsonAsync(response)));
            }
        }
    }

    [Theory]
    [InlineData("{ hello(")]
    [InlineData("{ noSuchField }")]
    public async Task Post_documentError_is200ForApplicationJson(string query)
    {
        using var response = await _client.SendAsync(PostQuery(query, accept: "application/json"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEmpty(FirstErrorCode(await ReadJsonAsync(response)));
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("application/json; charset=iso-8859-1")]
    [InlineData(null)]
    public async Task Post_unsupportedContentType_is415(string? contentType)
    {
        using var response = await _client.SendAsync(Post("""{"query":"{ hello }"}""", contentType: contentType));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("UNSUPPORTED_MEDIA_TYPE", FirstErrorCode(await ReadJsonAsync(response)));
    }

    [Theory]
    [InlineData("text/html")]
    [InlineData("application/xml, text/plain")]
    [InlineData("application/json;q=0")]
    public async Task Post_unacceptableAccept_is406(string accept)
    {
        using var response = await _client.SendAsync(PostQuery("{ hello }", accept: accept));

        Assert.Equal(HttpStatusCode.NotAcceptable, response.StatusCode);
        Assert.Equal("NOT_ACCEPTABLE", FirstErrorCode(await ReadJsonAsync(response)));
    }

    [Fact]
    public async Task Post_bodyOverLimit_is413WithGraphQLError()
    {
        var padding = new string(' ', (int)GraphQLHttpTestServer.MaxBodyBytes);

        using var response = await _client.SendAsync(Post("{\"query\":\"{ hello }\"" + padding + "}"));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("PAYLOAD_TOO_LARGE", FirstErrorCode(await ReadJsonAsync(response)));
    }

    [Fact]
    public async Task Get_missingQuery_is400()
    {
        using var response = await _client.GetAsync(new Uri("/graphql?operationName=Q", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("BAD_REQUEST", FirstErrorCode(await ReadJsonAsync(response)));
    }

    [Fact]
    public async Task Get_variablesNotJsonObject_is400()
    {
        using var response = await _client.SendAsync(Get("{ hello }", "[1,2]"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Put_is405WithAllowGetPost()
    {
        using var response = await _client.PutAsync(new Uri("/graphql", UriKind.Relative), new StringContent("{}"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["GET", "POST"], response.Content.Headers.Allow);
    }
}
