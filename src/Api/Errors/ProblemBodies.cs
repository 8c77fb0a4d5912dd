namespace FireMap.Api.Errors;

/// <summary>
/// Problem details (RFC 9457) for refusals the framework makes itself: an argument that does not
/// bind (<c>?active=maybe</c>), an unknown path, a wrong method. They carry a <c>code</c> like
/// every <see cref="Rejection"/>, so that a client reads every refusal the same way.
/// </summary>
public static class ProblemBodies
{
    public static WebApplicationBuilder AddProblemBodies(this WebApplicationBuilder builder)
    {
        builder.Services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            var status = context.ProblemDetails.Status ?? context.HttpContext.Response.StatusCode;
            context.ProblemDetails.Extensions.TryAdd("code", CodeOf(status));
            // The framework's own detail can name parameter types; the title and code say enough.
            if (context.Exception is not null || context.ProblemDetails.Detail?.Contains("System.", StringComparison.Ordinal) == true)
            {
                context.ProblemDetails.Detail = status == StatusCodes.Status400BadRequest
                    ? "A parameter of the request is missing or not in the form this endpoint takes."
                    : null;
            }
        });
        return builder;
    }

    /// <summary>Writes a problem body into empty 4xx and 5xx responses.</summary>
    public static WebApplication UseProblemBodies(this WebApplication app)
    {
        app.UseStatusCodePages();
        return app;
    }

    private static string CodeOf(int status) => status switch
    {
        StatusCodes.Status400BadRequest => Rejection.CodeOf(RejectionKind.BadInput),
        StatusCodes.Status403Forbidden => Rejection.CodeOf(RejectionKind.Forbidden),
        StatusCodes.Status404NotFound => Rejection.CodeOf(RejectionKind.NotFound),
        StatusCodes.Status405MethodNotAllowed => "METHOD_NOT_ALLOWED",
        StatusCodes.Status409Conflict => Rejection.CodeOf(RejectionKind.Conflict),
        StatusCodes.Status413PayloadTooLarge => "PAYLOAD_TOO_LARGE",
        StatusCodes.Status415UnsupportedMediaType => "UNSUPPORTED_MEDIA_TYPE",
        StatusCodes.Status429TooManyRequests => "TOO_MANY_REQUESTS",
        StatusCodes.Status503ServiceUnavailable => Rejection.CodeOf(RejectionKind.Unavailable),
        >= 500 => "INTERNAL_SERVER_ERROR",
        _ => "BAD_REQUEST",
    };
}
