using FireMap.Api.Errors;
using Microsoft.Net.Http.Headers;

namespace FireMap.Api.Security;

/// <summary>
/// Refuses state-changing requests (anything but GET, HEAD, OPTIONS, TRACE) that come from
/// another site. A browser sends a "simple" cross-site POST (form or multipart) without asking
/// first, so the check cannot rely on CORS: a request must either come from this origin
/// (<c>Origin</c> and <c>Sec-Fetch-Site</c>, when the browser sends them) and carry something no
/// simple request can — a JSON content type or the <see cref="RequestHeader"/> header — both of
/// which make the browser ask first, and this service never grants cross-origin access.
/// </summary>
internal static class CrossSiteRequestGuard
{
    /// <summary>The header the map sends with every non-JSON write (e.g. file uploads).</summary>
    public const string RequestHeader = "X-FireMap-Request";

    public static async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        var request = context.Request;
        if (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method)
            || HttpMethods.IsOptions(request.Method) || HttpMethods.IsTrace(request.Method))
        {
            await next(context);
            return;
        }

        if (Problem(request) is { } problem)
        {
            await RejectionProblem.For(Rejection.Of(RejectionKind.Forbidden, problem, title: "Cross-site request refused"))
                .ExecuteAsync(context);
            return;
        }

        await next(context);
    }

    /// <summary>Why the request looks cross-site, or null when it does not.</summary>
    public static string? Problem(HttpRequest request)
    {
        var site = request.Headers["Sec-Fetch-Site"].ToString();
        if (site.Length > 0 && site is not ("same-origin" or "none"))
        {
            return $"A {request.Method} request from another site ({site}) is not accepted.";
        }

        var origin = request.Headers.Origin.ToString();
        if (origin.Length > 0 && !IsSameOrigin(request, origin))
        {
            return $"A {request.Method} request from origin '{origin}' is not accepted; only this service's own pages may change data.";
        }

        if (!IsJson(request.ContentType) && request.Headers[RequestHeader].ToString() != "1")
        {
            return $"A {request.Method} request must be sent as application/json or carry the header {RequestHeader}: 1.";
        }

        return null;
    }

    private static bool IsSameOrigin(HttpRequest request, string origin) =>
        Uri.TryCreate(origin, UriKind.Absolute, out var uri)
        && string.Equals(uri.Scheme, request.Scheme, StringComparison.OrdinalIgnoreCase)
        && string.Equals(uri.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase);

    private static bool IsJson(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var media)
        && (media.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            || media.MediaType.Value?.EndsWith("+json", StringComparison.OrdinalIgnoreCase) == true);
}
