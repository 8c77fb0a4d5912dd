namespace FireMap.Api.GraphQL.Http;

/// <summary>The media types of the GraphQL over HTTP specification.</summary>
internal static class GraphQLMediaTypes
{
    public const string GraphQLResponseJson = "application/graphql-response+json";
    public const string Json = "application/json";
}
