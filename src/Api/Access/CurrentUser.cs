using System.Globalization;
using System.Security.Claims;

namespace FireMap.Api.Access;

/// <summary>
/// The signed-in user of a request, read from the claims the sign-in wrote: who, which role, and
/// the scope that narrows reads (one community) and writes (the community, or a grid worker's grids).
/// </summary>
public sealed record CurrentUser(long Id, string UserName, string DisplayName, string Role, long? CommunityId, IReadOnlyList<long> GridIds)
{
    public const string IdClaim = "firemap:user_id";
    public const string DisplayNameClaim = "firemap:display_name";
    public const string CommunityClaim = "firemap:community_id";
    public const string GridClaim = "firemap:grid_id";

    /// <summary>The community reads are narrowed to; null for roles that see every community.</summary>
    public long? ReadCommunityId => Roles.IsScoped(Role) ? CommunityId : null;

    public bool Can(AccessRule rule) => rule?.Allows(Role) ?? false;

    /// <summary>The claims a session or token carries for this user.</summary>
    public IEnumerable<Claim> ToClaims()
    {
        yield return new Claim(IdClaim, Id.ToString(CultureInfo.InvariantCulture));
        yield return new Claim(ClaimTypes.Name, UserName);
        yield return new Claim(DisplayNameClaim, DisplayName);
        yield return new Claim(ClaimTypes.Role, Role);
        if (CommunityId is long community)
        {
            yield return new Claim(CommunityClaim, community.ToString(CultureInfo.InvariantCulture));
        }

        foreach (var grid in GridIds)
        {
            yield return new Claim(GridClaim, grid.ToString(CultureInfo.InvariantCulture));
        }
    }

    /// <summary>The user of <paramref name="principal"/>, or null when it is not a signed-in FireMap user.</summary>
    public static CurrentUser? From(ClaimsPrincipal? principal)
    {
        if (principal?.Identity?.IsAuthenticated != true
            || !long.TryParse(principal.FindFirstValue(IdClaim), NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            || principal.FindFirstValue(ClaimTypes.Role) is not { } role)
        {
            return null;
        }

        long? community = long.TryParse(principal.FindFirstValue(CommunityClaim), NumberStyles.None, CultureInfo.InvariantCulture, out var c) ? c : null;
        var grids = principal.FindAll(GridClaim).Select(g => long.Parse(g.Value, CultureInfo.InvariantCulture)).ToArray();
        var name = principal.Identity.Name ?? "";
        return new CurrentUser(id, name, principal.FindFirstValue(DisplayNameClaim) ?? name, role, community, grids);
    }

    /// <summary>The signed-in user of the request; a rejection when there is none (endpoints reach here only signed in).</summary>
    public static CurrentUser Of(HttpContext? http) =>
        From(http?.User) ?? throw Errors.Rejection.Of(Errors.RejectionKind.Forbidden, "Sign in first.");
}
