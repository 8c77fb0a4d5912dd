using System.Buffers;
using System.Data;
using System.Globalization;
using System.Text;
using Npgsql;

namespace FireMap.Api.Layers;

/// <summary>
/// Writes a FeatureCollection feature by feature as PostgreSQL returns the rows (one Feature's
/// JSON text per row), so that a large layer is never held whole in memory. The first row is read
/// before the answer starts, so that a failing statement still becomes a problem body.
/// </summary>
internal sealed class GeoJsonFeatureStream(NpgsqlCommand command) : IResult
{
    private static readonly byte[] _head = "{\"type\":\"FeatureCollection\",\"features\":["u8.ToArray();
    private static readonly byte[] _tail = "]}"u8.ToArray();

    // PostgreSQL writes JSON with these characters as they are; escaping them like the GraphQL
    // serializer does keeps a layer inert should anything treat it as HTML. They only occur inside
    // JSON strings, where \u00XX means the same text.
    private static readonly SearchValues<char> _htmlSensitive = SearchValues.Create("<>&'+`");

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var cancellationToken = httpContext.RequestAborted;
        await using var _ = command;
        await using var reader = await command.ExecuteReaderAsync(CommandBehavior.SequentialAccess, cancellationToken);
        var any = await reader.ReadAsync(cancellationToken);

        var response = httpContext.Response;
        response.ContentType = "application/geo+json";
        var body = response.BodyWriter;
        body.Write(_head);
        for (var first = true; any; first = false)
        {
            if (!first)
            {
                body.Write(","u8);
            }

            Write(body, reader.GetFieldValue<string>(0));
            if (body.UnflushedBytes >= 32 * 1024)
            {
                await body.FlushAsync(cancellationToken);
            }

            any = await reader.ReadAsync(cancellationToken);
        }

        body.Write(_tail);
        await body.FlushAsync(cancellationToken);
    }

    private static void Write(IBufferWriter<byte> body, string feature)
    {
        if (feature.AsSpan().IndexOfAny(_htmlSensitive) >= 0)
        {
            feature = Escape(feature);
        }

        Encoding.UTF8.GetBytes(feature, body);
    }

    private static string Escape(string json)
    {
        var builder = new StringBuilder(json.Length + 16);
        foreach (var c in json)
        {
            if (_htmlSensitive.Contains(c))
            {
                builder.Append("\\u00").Append(((int)c).ToString("x2", CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
