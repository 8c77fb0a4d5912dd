namespace FireMap.Api.Accounts;

/// <summary>A user to create, its scope already resolved to ids.</summary>
public sealed record NewUser(string UserName, string DisplayName, string Role, long? CommunityId, IReadOnlyList<long> GridIds);
