namespace FireMap.Api.Accounts;

/// <summary>The outcome of checking a user name and password.</summary>
public sealed record SignInResult(UserRecord? User, DateTimeOffset? Locked)
{
    public static SignInResult Failed { get; } = new(null, null);

    public static SignInResult Success(UserRecord user) => new(user, null);

    public static SignInResult LockedUntil(DateTimeOffset until) => new(null, until);
}
