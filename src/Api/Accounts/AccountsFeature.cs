using System.Threading.RateLimiting;
using FireMap.Api.Access;
using FireMap.Api.GraphQL;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Npgsql;

namespace FireMap.Api.Accounts;

/// <summary>
/// Accounts: users with roles and scopes in PostGIS, sign-in by session cookie (the map) or personal
/// API token (scripts), the first-start administrator and demo accounts, and the account queries
/// and mutations. Sessions are signed with Data Protection keys kept in the database.
/// </summary>
public static class AccountsFeature
{
    public const string SelectorScheme = "FireMap";
    public const string TokenScheme = "FireMapToken";

    public static WebApplicationBuilder AddAccounts(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<AccountOptions>().Bind(builder.Configuration.GetSection(AccountOptions.Section))
            .Validate(o => o.SessionIdle > TimeSpan.Zero && o.LoginsPerMinute > 0, "FireMap:Accounts: SessionIdle and LoginsPerMinute must be positive")
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<UserRepository>();
        services.AddSingleton<ApiTokenRepository>();
        services.AddSingleton<AccountService>();
        services.AddSingleton<IRootFields, AccountFields>();
        services.AddHostedService<AccountBootstrap>();

        services.AddDataProtection().SetApplicationName("FireMap");
        services.AddOptions<KeyManagementOptions>().Configure<NpgsqlDataSource>((options, dataSource) => options.XmlRepository = new DataProtectionKeyStore(dataSource));

        services.AddAuthentication(options =>
            {
                options.DefaultScheme = SelectorScheme;
                options.DefaultChallengeScheme = SelectorScheme;
            })
            // Scripts send a bearer token; everything else is the map's session cookie.
            .AddPolicyScheme(SelectorScheme, "Session cookie or API token", options => options.ForwardDefaultSelector = context =>
                context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                    ? TokenScheme
                    : CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(CookieAuthenticationDefaults.AuthenticationScheme, options =>
            {
                options.Cookie.Name = "firemap.session";
                options.Cookie.HttpOnly = true;
                options.Cookie.SameSite = SameSiteMode.Strict;
                options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                options.SlidingExpiration = true;
                options.Events.OnRedirectToLogin = context => AccountChallenge.WriteAsync(context.HttpContext, StatusCodes.Status401Unauthorized);
                options.Events.OnRedirectToAccessDenied = context => AccountChallenge.WriteAsync(context.HttpContext, StatusCodes.Status403Forbidden);
                options.Events.OnValidatePrincipal = ValidateSessionAsync;
            })
            .AddScheme<AuthenticationSchemeOptions, ApiTokenHandler>(TokenScheme, null);
        services.AddOptions<CookieAuthenticationOptions>(CookieAuthenticationDefaults.AuthenticationScheme)
            .Configure<IOptions<AccountOptions>>((cookie, accounts) => cookie.ExpireTimeSpan = accounts.Value.SessionIdle);

        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.AddPolicy(AuthEndpoints.LoginRateLimit, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = context.RequestServices.GetRequiredService<IOptions<AccountOptions>>().Value.LoginsPerMinute,
                    Window = TimeSpan.FromMinutes(1),
                }));
        });
        return builder;
    }

    public static WebApplication MapAccounts(this WebApplication app)
    {
        AuthEndpoints.Map(app);
        return app;
    }

    // A session ends as soon as its account is disabled or changed (role, scope, password).
    private static async Task ValidateSessionAsync(CookieValidatePrincipalContext context)
    {
        var user = CurrentUser.From(context.Principal);
        var version = context.Principal is null ? null : AccountClaims.VersionOf(context.Principal);
        var users = context.HttpContext.RequestServices.GetRequiredService<UserRepository>();
        if (user is null || version is null || !await users.IsCurrentAsync(user.Id, version.Value, context.HttpContext.RequestAborted))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        }
    }
}
