namespace FireMap.Api.Webhooks;

/// <summary>One event sent (or to be sent) to one subscription: the admin log.</summary>
public sealed record WebhookDeliveryRecord(
    long Id, long SubscriptionId, string SubscriptionName, long EventId, string EventKind, long EntityId, string Status, int Attempts,
    DateTimeOffset NextAttemptAt, int? LastStatus, string? LastError, DateTimeOffset? DeliveredAt, DateTimeOffset CreatedAt);
