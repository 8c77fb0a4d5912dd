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

    /// <summary>
    /// The community a list is narrowed to: the one asked for, within the user's scope. A scoped user
    /// gets their own community when none is asked for, and FORBIDDEN when another one is.
    /// </summary>
    public long? NarrowCommunity(long? requested)
    {
        if (ReadCommunityId is not long own)
        {
            return requested;
        }

        return requested is null || requested == own
            ? own
            : throw Errors.Rejection.Of(Errors.RejectionKind.Forbidden, "That community lies outside your scope.", "communityCode");
    }

    /// <summary>Whether a change to something in <paramref name="communityId"/> (and grid <paramref name="gridId"/>) is within this user's scope.</summary>
    public bool CanChangeIn(long communityId, long? gridId) => Role switch
    {
        Roles.Community => CommunityId == communityId,
        Roles.Grid => gridId is long grid && GridIds.Contains(grid),
        _ => true,
    };

    /// <summary>Refuses a change outside the user's scope, before anything is written.</summary>
    public void EnsureCanChangeIn(long communityId, long? gridId, string what)
    {
        if (!CanChangeIn(communityId, gridId))
        {
            throw Errors.Rejection.Of(Errors.RejectionKind.Forbidden,
                Role == Roles.Grid ? $"{what} lies outside your grids." : $"{what} lies outside your community.");
        }
    }

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
    public static CurrentUser Of(HttpContext? http) => Of(http?.User);

    /// <summary>The signed-in user of <paramref name="principal"/>; a rejection when there is none.</summary>
    public static CurrentUser Of(ClaimsPrincipal? principal) =>
        From(principal) ?? throw Errors.Rejection.Of(Errors.RejectionKind.Forbidden, "Sign in first.");
}
