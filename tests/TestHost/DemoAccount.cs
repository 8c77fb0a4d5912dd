namespace FireMap.TestHost;

/// <summary>One of the demo accounts the first start wrote to demo-accounts.json, and an API token made for it.</summary>
public sealed record DemoAccount(string UserName, string Password, string Role, string? CommunityCode, IReadOnlyList<string> GridCodes, string Token);
