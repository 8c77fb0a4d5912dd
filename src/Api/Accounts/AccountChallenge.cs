using System.Text.Json;

namespace FireMap.Api.Accounts;

/// <summary>
/// What an unauthenticated or forbidden request gets: 401 or 403 with a problem body, never a
/// redirect to a sign-in page (the map shows its own sign-in form when it gets a 401).
/// </summary>
internal static class AccountChallenge
{
    public static Task WriteAsync(HttpContext context, int status)
    {
        if (context.Response.HasStarted)
        {
            return Task.CompletedTask;
        }

        context.Response.StatusCode = status;
        if (status == StatusCodes.Status401Unauthorized)
        {
            context.Response.Headers.WWWAuthenticate = "Bearer, Cookie";
        }

        context.Response.ContentType = "application/problem+json";
        var body = status == StatusCodes.Status401Unauthorized
            ? new { type = "about:blank", title = "Sign in first", status, detail = "Sign in on the map, or send a personal API token as 'Authorization: Bearer …'.", code = "UNAUTHENTICATED" }
            : new { type = "about:blank", title = "Forbidden", status, detail = "Your role may not use this.", code = "FORBIDDEN" };
        return context.Response.WriteAsync(JsonSerializer.Serialize(body), context.RequestAborted);
    }
}
