using FireMap.Api.GraphQL.Http;
using Microsoft.Extensions.Primitives;

namespace FireMap.Api.Tests.GraphQLHttp;

public sealed class GraphQLMediaTypeNegotiatorTests
{
    private const string GraphQLJson = "application/graphql-response+json";

    [Theory]
    [InlineData(null, "application/json")]
    [InlineData("", "application/json")]
    [InlineData("*/*", "application/json")]
    [InlineData("application/*", "application/json")]
    [InlineData("application/json", "application/json")]
    [InlineData("application/graphql-response+json", GraphQLJson)]
    [InlineData("application/json, application/graphql-response+json", GraphQLJson)]
    [InlineData("application/graphql-response+json;q=0.5, application/json", "application/json")]
    [InlineData("text/html, */*;q=0.1", "application/json")]
    [InlineData("application/graphql-response+json; charset=utf-8", GraphQLJson)]
    [InlineData("text/html", null)]
    [InlineData("application/json; charset=latin1", null)]
    [InlineData("application/json;q=0", null)]
    public void SelectResponseType_accept_choosesMediaType(string? accept, string? expected)
    {
        Assert.Equal(expected, GraphQLMediaTypeNegotiator.SelectResponseType(new StringValues(accept)));
    }

    [Theory]
    [InlineData("application/json", true)]
    [InlineData("application/json; charset=utf-8", true)]
    [InlineData("Application/JSON; charset=UTF-8", true)]
    [InlineData("application/json; charset=utf-16", false)]
    [InlineData("text/plain", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void IsJsonContentType_contentType_acceptsUtf8JsonOnly(string? contentType, bool expected)
    {
        Assert.Equal(expected, GraphQLMediaTypeNegotiator.IsJsonContentType(contentType));
    }
}
