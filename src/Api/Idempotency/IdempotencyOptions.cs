using System.ComponentModel.DataAnnotations;

namespace FireMap.Api.Idempotency;

/// <summary>Section <c>FireMap:Idempotency</c>: which paths honour the <c>Idempotency-Key</c> header and how long answers are kept.</summary>
public sealed class IdempotencyOptions
{
    public const string Section = "FireMap:Idempotency";

    /// <summary>Paths whose POST requests honour the header (the GraphQL endpoint).</summary>
    public IList<string> Paths { get; } = ["/graphql"];

    /// <summary>How long a stored answer replays; a phone offline longer than this must not resend. Default 7 days.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "365.00:00:00")]
    public TimeSpan Retention { get; set; } = TimeSpan.FromDays(7);

    /// <summary>How often expired answers are deleted. Default hourly.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan CleanupInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Largest response stored; a larger one is sent but not kept (and the key is released). Default 1 MiB.</summary>
    [Range(1024, 64 * 1024 * 1024)]
    public int MaxStoredResponseBytes { get; set; } = 1024 * 1024;
}
