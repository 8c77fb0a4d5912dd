using System.Globalization;
using System.Text;

using FireMap.Api.Risk.Ranking;

namespace FireMap.Api.Risk.Schema;

/// <summary>
/// Opaque cursor of a ranking page: base64 of <c>risk:{kind}:{run id}:{score bits}:{id}</c>. It names the run
/// it pages through, so later pages continue in the same run even if a newer one appears, and the score
/// travels as its exact bits, so the keyset (score, id) resumes precisely after the last row.
/// </summary>
public static class RiskRankCursor
{
    public const char Compounds = 'c';
    public const char Buildings = 'b';

    public static string Encode(char kind, long runId, double score, long id) => Convert.ToBase64String(Encoding.UTF8.GetBytes(string.Create(
        CultureInfo.InvariantCulture, $"risk:{kind}:{runId}:{BitConverter.DoubleToInt64Bits(score):x16}:{id}")));

    /// <returns>The run and the key after which the page starts, or null when the text is not a cursor of this kind.</returns>
    public static (long RunId, RiskRankKey After)? TryDecode(char kind, string cursor)
    {
        Span<byte> bytes = stackalloc byte[128];
        if (!Convert.TryFromBase64String(cursor, bytes, out var length))
        {
            return null;
        }

        var parts = Encoding.UTF8.GetString(bytes[..length]).Split(':');
        if (parts.Length != 5 || parts[0] != "risk" || parts[1] != kind.ToString()
            || !long.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var runId)
            || !long.TryParse(parts[3], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var bits)
            || !long.TryParse(parts[4], NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            return null;
        }

        var score = BitConverter.Int64BitsToDouble(bits);
        return double.IsFinite(score) ? (runId, new RiskRankKey(score, id)) : null;
    }
}
