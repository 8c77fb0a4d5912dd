namespace FireMap.Api.Errors;

/// <summary>
/// HTTP side of the one error path: a <see cref="Rejection"/> becomes RFC 9457 problem details
/// with its status, code, field and details. Endpoints either return <see cref="For"/> or let the
/// rejection propagate to <see cref="UseRejections"/>.
/// </summary>
public static class RejectionProblem
{
    /// <summary>
    /// The <c>Retry-After</c> of an <see cref="RejectionKind.Unavailable"/> answer, in seconds: the
    /// embedded database restarts within a few, and clients should not hammer one that is down.
    /// </summary>
    public const int RetryAfterSeconds = 5;

    public static int StatusOf(RejectionKind kind) => kind switch
    {
        RejectionKind.BadInput => StatusCodes.Status400BadRequest,
        RejectionKind.NotFound => StatusCodes.Status404NotFound,
        RejectionKind.Conflict => StatusCodes.Status409Conflict,
        RejectionKind.Forbidden => StatusCodes.Status403Forbidden,
        _ => StatusCodes.Status503ServiceUnavailable,
    };

    public static IResult For(Rejection rejection)
    {
        ArgumentNullException.ThrowIfNull(rejection);
        var extensions = new Dictionary<string, object?> { ["code"] = rejection.Code };
        if (rejection.Field is not null)
        {
            extensions["argument"] = rejection.Field;
        }

        foreach (var (key, value) in rejection.Details)
        {
            extensions[key] = value;
        }

        var problem = Results.Problem(statusCode: StatusOf(rejection.Kind), title: rejection.Title, detail: rejection.Message, extensions: extensions);
        return rejection.Kind == RejectionKind.Unavailable ? new RetryLater(problem) : problem;
    }

    /// <summary>Turns a rejection that escapes an endpoint into its problem details.</summary>
    public static IApplicationBuilder UseRejections(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            try
            {
                await next(context);
            }
            catch (Rejection rejection) when (!context.Response.HasStarted)
            {
                context.Response.Clear();
                await For(rejection).ExecuteAsync(context);
            }
        });

    private sealed class RetryLater(IResult problem) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return problem.ExecuteAsync(httpContext);
        }
    }
}
