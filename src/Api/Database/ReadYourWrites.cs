using Npgsql;
using NpgsqlTypes;

namespace FireMap.Api.Database;

/// <summary>
/// A user reads their own writes although reads go to replicas: after a request that may have written
/// (any method but GET/HEAD/OPTIONS) the response carries the primary's WAL position in a cookie and in
/// <c>X-FireMap-LSN</c>; a later read passes it to <see cref="ReadReplicas.ForReadAsync"/>, which serves
/// it from a standby only once that standby has replayed it. Only when replicas are configured.
/// </summary>
public static class ReadYourWrites
{
    public const string Cookie = "firemap-lsn";
    public const string Header = "X-FireMap-LSN";

    private static readonly object _readOnly = new();

    // Long enough for any standby of the pool to catch up; afterwards the position no longer matters.
    private static readonly TimeSpan _remembered = TimeSpan.FromMinutes(2);

    public static IApplicationBuilder UseReadYourWrites(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            var replicas = context.RequestServices.GetRequiredService<ReadReplicas>();
            if (replicas.Configured && !HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method)
                && !HttpMethods.IsOptions(context.Request.Method))
            {
                context.Response.OnStarting(() => MarkAsync(context));
            }

            await next(context);
        });

    /// <summary>
    /// Says that the request, although not a GET (a GraphQL query is POSTed), only reads: it gets no WAL
    /// position, so the caller's next reads are not held to one they did not write.
    /// </summary>
    public static void ReadsOnly(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Items[_readOnly] = true;
    }

    /// <summary>Undoes <see cref="ReadsOnly"/>: the request turned out to need the primary, where it may write.</summary>
    public static void MayWrite(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Items.Remove(_readOnly);
    }

    /// <summary>The WAL position the caller last wrote at, when it sent one.</summary>
    public static NpgsqlLogSequenceNumber? WrittenBy(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var text = context.Request.Headers[Header].FirstOrDefault() ?? context.Request.Cookies[Cookie];
        return text is not null && NpgsqlLogSequenceNumber.TryParse(text, out var lsn) ? lsn : null;
    }

    private static async Task MarkAsync(HttpContext context)
    {
        if (context.Response.StatusCode >= 400 || context.Items.ContainsKey(_readOnly))
        {
            return;
        }

        try
        {
            // Read after the request's transactions committed, so it is at or past each of their commits. The insert
            // position, not the write position: with synchronous_commit off a commit record may not be written out yet.
            await using var command = context.RequestServices.GetRequiredService<NpgsqlDataSource>().CreateCommand("SELECT pg_current_wal_insert_lsn()");
            var lsn = (NpgsqlLogSequenceNumber)(await command.ExecuteScalarAsync(CancellationToken.None))!;
            var text = lsn.ToString();
            context.Response.Headers[Header] = text;
            context.Response.Cookies.Append(Cookie, text, new CookieOptions
            {
                HttpOnly = true, SameSite = SameSiteMode.Strict, Secure = context.Request.IsHttps, MaxAge = _remembered, Path = "/",
            });
        }
        catch (Exception exception) when (DatabaseOutage.Is(exception))
        {
            // The primary went away after the write: the next read goes to the primary's successor or fails as an outage.
        }
    }
}
