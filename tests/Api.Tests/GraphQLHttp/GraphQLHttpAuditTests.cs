using Xunit.Abstractions;

namespace FireMap.Api.Tests.GraphQLHttp;

/// <summary>The graphql-http audit against the endpoint with the small test schema: no database needed.</summary>
public sealed class GraphQLHttpAuditTests(GraphQLHttpTestServer server, ITestOutputHelper output) : IClassFixture<GraphQLHttpTestServer>
{
    [Fact]
    public async Task Audit_testSchemaEndpoint_allAuditsOk()
    {
        var (exitCode, text) = await GraphQLHttpAudit.RunAsync(server.BaseUrl + "/graphql");
        output.WriteLine(text);

        Assert.True(exitCode == 0, $"graphql-http audit exited {exitCode}:\n{text}");
    }
}
