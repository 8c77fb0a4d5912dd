using GraphQL;
using GraphQLParser.AST;
using Microsoft.AspNetCore.Http.Features;

namespace FireMap.Api.GraphQL.Http;

/// <summary>Writes execution results and the endpoint's own errors in the negotiated media type.</summary>
internal static class GraphQLHttpResponseWriter
{
    public static async Task WriteResultAsync(
        HttpContext context, IGraphQLTextSerializer serializer, ExecutionResult result, int statusCode, string mediaType)
    {
        var response = context.Response;
        response.StatusCode = statusCode;
        response.ContentType = mediaType + "; charset=utf-8";
        // Responses depend on Accept, so shared caches must key on it.
        response.Headers.Vary = "Accept";
        if (result.Operation?.Operation == OperationType.Mutation
            && context.Features.Get<IHttpsCompressionFeature>() is { } compression)
        {
            // Mutations may answer with a secret (a new password or API token): never compressed,
            // so that no compressed length can leak it (BREACH). They are small anyway.
            compression.Mode = HttpsCompressionMode.DoNotCompress;
        }

        await serializer.WriteAsync(response.Body, result, context.RequestAborted);
    }

    /// <summary>
    /// Writes a request error in the same shape as GraphQL errors (<c>errors[].extensions.code</c>),
    /// without a <c>data</c> entry, since nothing was executed.
    /// </summary>
    public static Task WriteErrorAsync(
        HttpContext context, IGraphQLTextSerializer serializer, int statusCode, string mediaType, string message, string code)
    {
        var result = new ExecutionResult { Executed = false };
        result.AddError(new ExecutionError(message) { Code = code });
        return WriteResultAsync(context, serializer, result, statusCode, mediaType);
    }
}
