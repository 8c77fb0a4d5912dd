namespace FireMap.Api.Webhooks;

/// <summary>Outgoing webhooks (section <c>FireMap:Webhooks</c>).</summary>
public sealed class WebhookOptions
{
    public const string Section = "FireMap:Webhooks";

    /// <summary>Whether this instance sends deliveries; every instance may, the outbox hands each delivery to one.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How often the outbox is looked at.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How long a receiver may take to answer.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Wait before the second attempt; each later wait doubles (30 s, 1 min, 2 min, …).</summary>
    public TimeSpan FirstRetryAfter { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Attempts before a delivery is marked failed.</summary>
    public int MaxAttempts { get; set; } = 8;

    /// <summary>Days finished deliveries and fanned-out events are kept before the nightly retention deletes them.</summary>
    public int KeepDays { get; set; } = 90;
}
