namespace FireMap.Api.Accounts;

/// <summary>A user account as stored: role, scope (community and grids, by id and code) and sign-in state.</summary>
public sealed record UserRecord(
    long Id,
    string UserName,
    string DisplayName,
    string Role,
    long? CommunityId,
    string? CommunityCode,
    IReadOnlyList<long> GridIds,
    IReadOnlyList<string> GridCodes,
    bool Disabled,
    int FailedLogins,
    DateTimeOffset? LockedUntil,
    int Version,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt);
