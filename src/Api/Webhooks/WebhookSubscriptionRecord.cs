namespace FireMap.Api.Webhooks;

/// <summary>A subscriber of record events; the secret is never read back, only its last characters.</summary>
public sealed record WebhookSubscriptionRecord(
    long Id, string Name, string Url, string SecretHint, IReadOnlyList<string> EventKinds, bool Active, string? UpdatedBy,
    DateTimeOffset CreatedAt, int Version);
