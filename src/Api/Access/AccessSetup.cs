using Microsoft.AspNetCore.Authorization;

namespace FireMap.Api.Access;

/// <summary>
/// Authorization for the whole service: one policy per <see cref="AccessRule"/>, and a fallback
/// that requires a signed-in user for every endpoint without rules of its own (deny by default).
/// The schemes that sign people in are the Accounts feature's.
/// </summary>
public static class AccessSetup
{
    public static WebApplicationBuilder AddAccess(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddAuthorization(options =>
        {
            foreach (var rule in AccessRule.All)
            {
                options.AddPolicy(rule.PolicyName, policy => policy.RequireAuthenticatedUser().RequireRole(rule.AllowedRoles));
            }

            options.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
        });
        return builder;
    }
}
