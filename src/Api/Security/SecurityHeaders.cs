namespace FireMap.Api.Security;

/// <summary>
/// Headers every response carries: scripts only from this origin and never inline (an injected
/// <c>&lt;script&gt;</c> or <c>onerror</c> does not run), no framing (clickjacking), no MIME
/// sniffing, and no full URLs leaked to other sites.
/// </summary>
internal static class SecurityHeaders
{
    // Inline styles stay allowed: Leaflet and the explorer position elements with style
    // attributes. Images: the OpenStreetMap base map and data: URIs (the page icon).
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; " +
        "img-src 'self' data: https://tile.openstreetmap.org; connect-src 'self'; font-src 'self' data:; " +
        "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public static Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        headers["Cross-Origin-Opener-Policy"] = "same-origin";
        return next(context);
    }
}
