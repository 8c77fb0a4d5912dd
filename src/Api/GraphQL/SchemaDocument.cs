using GraphQL;
using GraphQL.Types;
using GraphQL.Utilities;

namespace FireMap.Api.GraphQL;

/// <summary>
/// The schema as SDL, served at <c>/graphql/schema.graphql</c> and kept in the repository as
/// docs/schema.graphql (a test fails when the two differ), so every schema change shows in review.
/// Types, fields and values are sorted by name so the text changes only where the schema does.
/// </summary>
public static class SchemaDocument
{
    public const string MediaType = "application/graphql; charset=utf-8";

    /// <summary>The SDL of <paramref name="schema"/> with descriptions, sorted, with Unix line ends.</summary>
    public static string Print(ISchema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        schema.Initialize();
        var text = schema.Print(new PrintOptions
        {
            IncludeDescriptions = true,
            IncludeDeprecationReasons = true,
            StringComparison = StringComparison.Ordinal,
        });
        return text.ReplaceLineEndings("\n").TrimEnd('\n') + "\n";
    }

    /// <summary>Maps GET <paramref name="pattern"/> to the schema's SDL (printed once; the schema does not change while running).</summary>
    public static IEndpointConventionBuilder MapGraphQLSchemaDocument(this IEndpointRouteBuilder endpoints, string pattern)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var text = new Lazy<string>(() => Print(endpoints.ServiceProvider.GetRequiredService<ISchema>()));
        return endpoints.MapGet(pattern, () => Results.Text(text.Value, MediaType)).WithDisplayName("GraphQL schema (SDL)");
    }
}
