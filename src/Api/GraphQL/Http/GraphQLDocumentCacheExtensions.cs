using GraphQL;
using GraphQL.DI;

namespace FireMap.Api.GraphQL.Http;

/// <summary>Registers the parsed-document cache with the GraphQL.NET builder.</summary>
public static class GraphQLDocumentCacheExtensions
{
    /// <summary>
    /// Caches parsed, validated documents by query text (at most <paramref name="capacity"/>,
    /// least recently used dropped first). Use inside <c>services.AddGraphQL(b => ...)</c>.
    /// </summary>
    public static IGraphQLBuilder AddFireMapDocumentCache(this IGraphQLBuilder builder, int capacity = 1000)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.ConfigureExecution(new GraphQLDocumentCache(capacity));
    }
}
