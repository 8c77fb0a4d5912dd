using System.Net;
using System.Text;
using FireMap.TestHost;

namespace FireMap.Api.Tests.Security;

/// <summary>Host names, cross-site writes, security headers and what the static files do not serve.</summary>
[Collection(FireMapServerCollection.Name)]
public sealed class RequestSecurityTests(FireMapServerFixture server)
{
    [Theory]
    [InlineData("/")]
    [InlineData("/api/vocabulary")]
    [InlineData("/graphql?query={__typename}")]
    [InlineData("/no-such-page")]
    public async Task Response_of_any_path_carries_security_headers(string path)
    {
        using var client = server.CreateClient();
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        var csp = string.Join(';', response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline'; img", csp.Split("script-src")[1].Split(';')[0], StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
    }

    [Theory]
    [InlineData("/package.json")]
    [InlineData("/package-lock.json")]
    [InlineData("/node_modules/leaflet/package.json")]
    [InlineData("/NODE_MODULES/leaflet/dist/leaflet.css")]
    [InlineData("/vendor/leaflet/package.json")]
    [InlineData("/vendor/graphiql/package.json")]
    [InlineData("/vendor/.package-lock.json")]
    public async Task Npm_files_are_not_served(string path)
    {
        using var client = server.CreateClient();
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Vendor_file_the_map_uses_is_served()
    {
        using var client = server.CreateClient();
        using var response = await client.GetAsync(new Uri("/vendor/leaflet/dist/leaflet.css", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("evil.example")]
    [InlineData("firemap.evil.example:80")]
    public async Task Request_for_unknown_host_name_is_refused(string host)
    {
        using var client = server.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/vocabulary");
        request.Headers.Host = host;
        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("\"code\":\"BAD_USER_INPUT\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("localhost")]
    [InlineData("127.0.0.1")]
    public async Task Request_for_loopback_host_name_is_answered(string host)
    {
        using var client = server.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/vocabulary");
        request.Headers.Host = host;
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData(null, null, "1")]
    [InlineData("https://evil.example", null, "1")]
    [InlineData("null", null, "1")]
    [InlineData(null, "cross-site", "1")]
    [InlineData(null, "same-site", "1")]
    [InlineData(null, null, null)]
    public async Task Import_from_another_site_or_without_the_request_header_is_refused_and_writes_nothing(
        string? origin, string? fetchSite, string? header)
    {
        var before = await CountAsync();
        using var client = server.CreateClient();
        using var request = ImportRequest(origin, fetchSite, header);
        if (origin is null && fetchSite is null && header is not null)
        {
            // Same-origin control: the same file is accepted from the service's own page.
            request.Headers.Add("Origin", server.BaseUrl);
            request.Headers.Add("Sec-Fetch-Site", "same-origin");
            using var accepted = await client.SendAsync(request);
            Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
            Assert.Equal(before + 1, await CountAsync());
            return;
        }

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("\"code\":\"FORBIDDEN\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task GraphQL_post_as_json_from_the_page_is_accepted_and_as_form_is_refused()
    {
        using var client = server.CreateClient();
        using var json = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent("{\"query\":\"{__typename}\"}", Encoding.UTF8, "application/json"),
        };
        json.Headers.Add("Origin", server.BaseUrl);
        using var ok = await client.SendAsync(json);
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);

        using var form = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new FormUrlEncodedContent([new("query", "{__typename}")]),
        };
        using var refused = await client.SendAsync(form);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }

    private static int _sequence;

    private HttpRequestMessage ImportRequest(string? origin, string? fetchSite, string? header)
    {
        var code = $"T-XS{Interlocked.Increment(ref _sequence)}-{Guid.NewGuid():N}"[..20];
        var file = $$$"""{"type":"FeatureCollection","features":[{"type":"Feature","geometry":{"type":"Point","coordinates":[106.48,29.48]},"properties":{"code":"{{{code}}}","kind":"underground","status":"ok"}}]}""";
        var form = new MultipartFormDataContent { { new StringContent(file, Encoding.UTF8, "application/geo+json"), "files", "hydrants.geojson" } };
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/imports") { Content = form };
        if (origin is not null)
        {
            request.Headers.Add("Origin", origin);
        }

        if (fetchSite is not null)
        {
            request.Headers.Add("Sec-Fetch-Site", fetchSite);
        }

        if (header is not null)
        {
            request.Headers.Add("X-FireMap-Request", header);
        }

        return request;
    }

    private async Task<long> CountAsync()
    {
        await using var command = server.DataSource.CreateCommand("SELECT count(*) FROM hydrants");
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
