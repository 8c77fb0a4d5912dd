using System.Net;
using FireMap.TestHost;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace FireMap.Api.Tests.GraphQL;

/// <summary>
/// The SDL at /graphql/schema.graphql equals docs/schema.graphql, so a schema change shows in
/// review; every enum value is described.
/// </summary>
[Collection(FireMapServerCollection.Name)]
public sealed class SchemaFileTests(FireMapServerFixture server)
{
    /// <summary>Set to 1 to rewrite docs/schema.graphql from the running schema instead of comparing.</summary>
    public const string UpdateVariable = "FIREMAP_UPDATE_SCHEMA";

    [Fact]
    public async Task Served_schema_equals_docs_schema_graphql()
    {
        using var client = server.CreateClient("viewer");
        using var response = await client.GetAsync(new Uri("/graphql/schema.graphql", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/graphql", response.Content.Headers.ContentType?.MediaType);
        var served = await response.Content.ReadAsStringAsync();
        Assert.Contains("type Query {", served, StringComparison.Ordinal);

        var file = Path.Combine(RepositoryRoot.Find(), "docs", "schema.graphql");
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            await File.WriteAllTextAsync(file, served);
            return;
        }

        var kept = File.Exists(file) ? (await File.ReadAllTextAsync(file)).ReplaceLineEndings("\n") : "";
        Assert.True(kept == served,
            $"docs/schema.graphql differs from the schema the server serves (first difference at line {FirstDifferentLine(kept, served)}). "
            + $"Refresh it with: {UpdateVariable}=1 dotnet test tests/Api.Tests -c Release --filter FullyQualifiedName~SchemaFileTests, and review the diff.");
    }

    [Fact]
    public async Task Schema_file_needs_a_sign_in()
    {
        using var client = server.CreateAnonymousClient();
        using var response = await client.GetAsync(new Uri("/graphql/schema.graphql", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public void Every_enum_value_has_a_description()
    {
        var schema = server.Services.GetRequiredService<ISchema>();
        schema.Initialize();
        var missing = schema.AllTypes.OfType<EnumerationGraphType>()
            .SelectMany(e => e.Values.Where(v => string.IsNullOrWhiteSpace(v.Description)).Select(v => $"{e.Name}.{v.Name}"))
            .ToList();
        Assert.True(missing.Count == 0, $"enum values without a description: {string.Join(", ", missing)}");
    }

    private static int FirstDifferentLine(string kept, string served)
    {
        var a = kept.Split('\n');
        var b = served.Split('\n');
        var line = 0;
        while (line < a.Length && line < b.Length && a[line] == b[line])
        {
            line++;
        }

        return line + 1;
    }
}
