using System.Globalization;
using System.Security.Claims;
using FireMap.Api.Access;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace FireMap.Api.Accounts;

/// <summary>
/// <c>POST /api/auth/login</c> (JSON <c>{"userName","password"}</c> → session cookie) and
/// <c>POST /api/auth/logout</c>. Sign-ins are rate-limited per address, and five failures in a row
/// lock the account for 15 minutes.
/// </summary>
internal static class AuthEndpoints
{
    public const string LoginRateLimit = "firemap:login";

    public static void Map(WebApplication app)
    {
        app.MapPost("/api/auth/login", LoginAsync).AllowAnonymous().RequireRateLimiting(LoginRateLimit).DisableAntiforgery();
        app.MapPost("/api/auth/logout", LogoutAsync).Allow(AccessRule.OwnAccount).DisableAntiforgery();
    }

    private static async Task<IResult> LoginAsync(LoginRequest? body, HttpContext context, AccountService accounts, CancellationToken cancellationToken)
    {
        var result = await accounts.SignInAsync(body?.UserName, body?.Password, cancellationToken);
        if (result.Locked is { } until)
        {
            return Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Account locked",
                detail: $"Too many failed sign-ins; try again after {until.ToUniversalTime().ToString("HH:mm 'UTC'", CultureInfo.InvariantCulture)}.",
                extensions: new Dictionary<string, object?> { ["code"] = "LOCKED", ["lockedUntil"] = until });
        }

        if (result.User is not { } user)
        {
            return Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Sign-in failed",
                detail: "The user name or password is wrong, or the account is disabled.", extensions: new Dictionary<string, object?> { ["code"] = "UNAUTHENTICATED" });
        }

        var identity = new ClaimsIdentity(AccountClaims.Of(user), CookieAuthenticationDefaults.AuthenticationScheme, ClaimTypes.Name, ClaimTypes.Role);
        await context.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(identity), new AuthenticationProperties { IsPersistent = false });
        return Results.Ok(UserView.Of(user));
    }

    private static async Task<IResult> LogoutAsync(HttpContext context, CancellationToken cancellationToken)
    {
        await context.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return Results.NoContent();
    }
}
