using System.Text.Json;
using FireMap.Api.Tests.GraphQL;
using FireMap.TestHost;
using GraphQL;
using GraphQL.Types;
using GraphQL.Validation;
using Microsoft.Extensions.DependencyInjection;

namespace FireMap.Api.Tests.Docs;

/// <summary>
/// Every GraphQL example of README.md and docs/*.md runs against the demo data as the
/// administrator without errors and finds something: no top-level field is null or an empty list,
/// and no top-level connection or geocode comes back empty (totalCount 0, no edges or items, no
/// best match). Examples marked as changing data are validated against the schema, not run.
/// </summary>
[Collection(FireMapServerCollection.Name)]
public sealed class DocumentedExampleTests(FireMapServerFixture server)
{
    public static TheoryData<string> Examples => [.. DocumentedExample.All().Select(e => e.ToString())];

    [Fact]
    public void Docs_hold_examples_and_mutations_only_in_marked_blocks()
    {
        var all = DocumentedExample.All();
        Assert.True(all.Count(e => !e.ChangesData) >= 5, $"only {all.Count(e => !e.ChangesData)} examples run");
        var unmarked = all.Where(e => !e.ChangesData && e.Text.TrimStart().StartsWith("mutation", StringComparison.Ordinal)).ToList();
        Assert.True(unmarked.Count == 0, $"mutations outside a block marked \"{DocumentedExample.ChangesDataMarker}\": {string.Join(", ", unmarked)}");
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public async Task Example_runs_on_the_demo_data_and_finds_something(string where)
    {
        var example = DocumentedExample.All().Single(e => e.ToString() == where);
        if (example.ChangesData)
        {
            var errors = await ValidationErrorsAsync(example.Text);
            Assert.True(errors.Count == 0, $"{where}: {string.Join("; ", errors)}");
            return;
        }

        using var client = server.CreateClient();
        var body = await GraphQLRequests.PostAsync(client, example.Text);
        Assert.False(body.TryGetProperty("errors", out _), $"{where}: {body}");
        foreach (var field in body.GetProperty("data").EnumerateObject())
        {
            Assert.False(IsNothing(field.Value), $"{where}: {field.Name} returned nothing: {field.Value}");
        }
    }

    /// <summary>The schema's validation of <paramref name="text"/>, without running it.</summary>
    private async Task<List<string>> ValidationErrorsAsync(string text)
    {
        var schema = server.Services.GetRequiredService<ISchema>();
        schema.Initialize();
        var document = GraphQLParser.Parser.Parse(text);
        var operation = document.Definitions.OfType<GraphQLParser.AST.GraphQLOperationDefinition>().Single();
        var result = await new DocumentValidator().ValidateAsync(new ValidationOptions
        {
            Schema = schema,
            Document = document,
            Operation = operation,
            Rules = DocumentValidator.CoreRules,
            UserContext = new Dictionary<string, object?>(),
            Variables = Inputs.Empty,
            Extensions = Inputs.Empty,
            RequestServices = server.Services,
        });
        return [.. result.Errors.Select(e => e.Message)];
    }

    private static bool IsNothing(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null => true,
        JsonValueKind.Array => value.GetArrayLength() == 0,
        JsonValueKind.Object => (value.TryGetProperty("totalCount", out var total) && total.GetInt32() == 0)
            || new[] { "edges", "items", "best" }.Any(name => value.TryGetProperty(name, out var part) && IsNothing(part)),
        _ => false,
    };
}
