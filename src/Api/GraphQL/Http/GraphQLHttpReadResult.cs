using GraphQL.Transport;

namespace FireMap.Api.GraphQL.Http;

/// <summary>Either a well-formed GraphQL request or the HTTP status and message to refuse it with.</summary>
internal sealed record GraphQLHttpReadResult(GraphQLRequest? Request, int StatusCode, string? Message, string? Code)
{
    public static GraphQLHttpReadResult Ok(GraphQLRequest request) =>
        new(request, StatusCodes.Status200OK, null, null);

    public static GraphQLHttpReadResult BadRequest(string message) =>
        new(null, StatusCodes.Status400BadRequest, message, GraphQLHttpErrorCodes.BadRequest);

    public static GraphQLHttpReadResult TooLarge(long limit) =>
        new(null, StatusCodes.Status413PayloadTooLarge, $"Request body exceeds {limit} bytes.", GraphQLHttpErrorCodes.PayloadTooLarge);
}
