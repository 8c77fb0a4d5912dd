using System.Globalization;
using System.Security.Claims;
using FireMap.Api.Access;

namespace FireMap.Api.Accounts;

/// <summary>The claims of a signed-in user: those <see cref="CurrentUser"/> reads, and the account version a session was made at.</summary>
internal static class AccountClaims
{
    public const string VersionClaim = "firemap:version";

    public static IEnumerable<Claim> Of(UserRecord user) =>
        new CurrentUser(user.Id, user.UserName, user.DisplayName, user.Role, user.CommunityId, user.GridIds).ToClaims()
            .Append(new Claim(VersionClaim, user.Version.ToString(CultureInfo.InvariantCulture)));

    public static int? VersionOf(ClaimsPrincipal principal) =>
        int.TryParse(principal.FindFirstValue(VersionClaim), NumberStyles.None, CultureInfo.InvariantCulture, out var version) ? version : null;
}
