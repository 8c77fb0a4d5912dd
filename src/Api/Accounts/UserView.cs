namespace FireMap.Api.Accounts;

/// <summary>A user as the sign-in answer and the map see it.</summary>
public sealed record UserView(string UserName, string DisplayName, string Role, string? CommunityCode, IReadOnlyList<string> GridCodes)
{
    public static UserView Of(UserRecord user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return new(user.UserName, user.DisplayName, user.Role, user.CommunityCode, user.GridCodes);
    }
}
