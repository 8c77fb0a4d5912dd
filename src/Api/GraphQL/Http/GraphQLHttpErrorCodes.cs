namespace FireMap.Api.GraphQL.Http;

/// <summary>
/// Values of <c>extensions.code</c> for errors the endpoint raises itself, before or around
/// execution. Errors from execution keep the codes the schema's error provider gives them.
/// </summary>
internal static class GraphQLHttpErrorCodes
{
    public const string BadRequest = "BAD_REQUEST";
    public const string MethodNotAllowed = "METHOD_NOT_ALLOWED";
    public const string NotAcceptable = "NOT_ACCEPTABLE";
    public const string UnsupportedMediaType = "UNSUPPORTED_MEDIA_TYPE";
    public const string PayloadTooLarge = "PAYLOAD_TOO_LARGE";
    public const string TimeBudgetExceeded = "TIME_BUDGET_EXCEEDED";
    public const string InternalServerError = "INTERNAL_SERVER_ERROR";
}
