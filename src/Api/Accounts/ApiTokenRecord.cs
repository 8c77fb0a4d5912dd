namespace FireMap.Api.Accounts;

/// <summary>A personal API token as listed: never the token itself, which is shown once when created.</summary>
public sealed record ApiTokenRecord(long Id, long UserId, string Name, DateTimeOffset CreatedAt, DateTimeOffset ExpiresAt,
    DateTimeOffset? RevokedAt, DateTimeOffset? LastUsedAt);
