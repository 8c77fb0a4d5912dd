using System.Globalization;
using System.Text;

namespace FireMap.Api.Proximity;

/// <summary>
/// Opaque cursor for lists ordered by distance, then id. It carries the exact distance (round-trip
/// format), so the next page starts strictly after the last row even when distances tie.
/// </summary>
public sealed record DistanceCursor(double DistanceMeters, long Id)
{
    private const string Prefix = "d:";

    public string Encode() => Convert.ToBase64String(Encoding.UTF8.GetBytes(
        string.Create(CultureInfo.InvariantCulture, $"{Prefix}{DistanceMeters:R}:{Id}")));

    public static DistanceCursor? TryDecode(string cursor)
    {
        Span<byte> bytes = stackalloc byte[96];
        if (!Convert.TryFromBase64String(cursor, bytes, out var length))
        {
            return null;
        }

        var parts = Encoding.UTF8.GetString(bytes[..length]).Split(':');
        return parts.Length == 3 && parts[0] + ":" == Prefix &&
               double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var distance) && double.IsFinite(distance) &&
               long.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? new DistanceCursor(distance, id)
            : null;
    }
}
