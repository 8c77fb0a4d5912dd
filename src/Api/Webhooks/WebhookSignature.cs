using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace FireMap.Api.Webhooks;

/// <summary>
/// How a delivery is signed: <c>X-FireMap-Signature: sha256=HEX</c> where HEX is the HMAC-SHA256, keyed with
/// the subscription's secret, of <c>{timestamp}.{body}</c>, and <c>X-FireMap-Timestamp</c> carries the Unix
/// time in seconds. The receiver recomputes it and refuses old timestamps, so a captured request cannot be replayed later.
/// </summary>
public static class WebhookSignature
{
    public const string SignatureHeader = "X-FireMap-Signature";
    public const string TimestampHeader = "X-FireMap-Timestamp";
    public const string EventHeader = "X-FireMap-Event";
    public const string DeliveryHeader = "X-FireMap-Delivery";

    public static string Sign(string secret, long timestamp, string body)
    {
        ArgumentNullException.ThrowIfNull(secret);
        var message = Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{timestamp}.{body}"));
        return "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), message));
    }

    /// <summary>Checks a received signature in constant time.</summary>
    public static bool Verify(string secret, long timestamp, string body, string signature) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Sign(secret, timestamp, body)), Encoding.ASCII.GetBytes(signature ?? ""));
}
