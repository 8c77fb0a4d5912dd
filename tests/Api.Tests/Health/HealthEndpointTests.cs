using System.Net;
using System.Text.Json;
using FireMap.TestHost;

namespace FireMap.Api.Tests.Health;

[Collection(FireMapServerCollection.Name)]
public sealed class HealthEndpointTests(FireMapServerFixture server)
{
    [Fact]
    public async Task Alive_always_ok()
    {
        using var client = server.CreateClient();
        var response = await client.GetAsync(new Uri("/alive", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Health_after_start_reports_postgis_and_all_migrations()
    {
        using var client = server.CreateClient();
        var response = await client.GetAsync(new Uri("/health", UriKind.Relative));
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("healthy", body.GetProperty("status").GetString());
        Assert.StartsWith("3.", body.GetProperty("postgis").GetString(), StringComparison.Ordinal);
        var migrations = body.GetProperty("migrations");
        Assert.Equal(migrations.GetProperty("expected").GetInt32(), migrations.GetProperty("applied").GetInt32());
    }
}
