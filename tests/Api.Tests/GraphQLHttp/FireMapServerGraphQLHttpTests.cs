using System.Net;
using FireMap.TestHost;
using Xunit.Abstractions;

namespace FireMap.Api.Tests.GraphQLHttp;

/// <summary>The endpoint and its explorer in the real service (PostGIS, production schema, static web).</summary>
[Collection(FireMapServerCollection.Name)]
public sealed class FireMapServerGraphQLHttpTests(FireMapServerFixture server, ITestOutputHelper output)
{
    [Fact]
    public async Task Audit_fireMapServer_allAuditsOk()
    {
        var (exitCode, text) = await GraphQLHttpAudit.RunAsync(server.BaseUrl.TrimEnd('/') + "/graphql", server.Accounts["admin"].Token);
        output.WriteLine(text);

        Assert.True(exitCode == 0, $"graphql-http audit exited {exitCode}:\n{text}");
    }

    [Fact]
    public async Task Ui_fireMapServer_servesGraphiQLPageWithLocalAssets()
    {
        using var client = server.CreateClient();

        using var page = await client.GetAsync(new Uri("/graphql/ui", UriKind.Relative));
        var html = await page.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.Contains("graphiql.min.js", html, StringComparison.Ordinal);
        Assert.DoesNotContain("https://", html, StringComparison.Ordinal);
        foreach (var asset in new[]
        {
            "/vendor/graphiql/graphiql.min.js",
            "/vendor/graphiql/graphiql.min.css",
            "/vendor/react/umd/react.production.min.js",
            "/vendor/react-dom/umd/react-dom.production.min.js",
            "/graphiql/explorer.js",
        })
        {
            using var response = await client.GetAsync(new Uri(asset, UriKind.Relative), HttpCompletionOption.ResponseHeadersRead);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{asset}: {(int)response.StatusCode}");
        }
    }
}
