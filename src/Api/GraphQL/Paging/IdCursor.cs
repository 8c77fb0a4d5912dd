using System.Globalization;
using System.Text;

namespace FireMap.Api.GraphQL.Paging;

/// <summary>Opaque cursor for lists ordered by id: base64 of <c>id:{n}</c>.</summary>
public static class IdCursor
{
    private const string Prefix = "id:";

    public static string Encode(long id) => Convert.ToBase64String(Encoding.UTF8.GetBytes(Prefix + id.ToString(CultureInfo.InvariantCulture)));

    public static long? TryDecode(string cursor)
    {
        Span<byte> bytes = stackalloc byte[64];
        if (!Convert.TryFromBase64String(cursor, bytes, out var length))
        {
            return null;
        }

        var text = Encoding.UTF8.GetString(bytes[..length]);
        return text.StartsWith(Prefix, StringComparison.Ordinal) &&
               long.TryParse(text.AsSpan(Prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? id
            : null;
    }
}
