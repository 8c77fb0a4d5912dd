using Npgsql;

namespace FireMap.Api.Database;

/// <summary>
/// Sends the statements of one read-only operation (a GraphQL query, an export) to the standby
/// <see cref="ReadReplicas"/> chose for it, without each repository having to know: repositories
/// that serve reads ask <see cref="Routed"/> for their data source, which is the standby while such an
/// operation is in progress on this async flow and the primary otherwise (writes, jobs, caches).
/// A statement that writes cannot run on a standby (SQLSTATE 25006); <see cref="Refused"/> notes it so
/// the operation can be run again on the primary.
/// </summary>
public sealed class ReadRoute
{
    private static readonly AsyncLocal<ReadRoute?> _current = new();

    private ReadRoute(NpgsqlDataSource standby) => Standby = standby;

    public NpgsqlDataSource Standby { get; }

    /// <summary>Whether a statement of the operation failed because the standby cannot serve it.</summary>
    public bool Refused { get; private set; }

    /// <summary>The route of the operation in progress, if it reads from a standby.</summary>
    public static ReadRoute? Current => _current.Value;

    /// <summary>Runs <paramref name="operation"/> with the reads of routed repositories going to <paramref name="standby"/>.</summary>
    public static async Task<(T Result, bool Refused)> OnStandbyAsync<T>(NpgsqlDataSource standby, Func<Task<T>> operation)
    {
        ArgumentNullException.ThrowIfNull(operation);
        var route = new ReadRoute(standby);
        _current.Value = route;
        try
        {
            return (await operation(), route.Refused);
        }
        finally
        {
            // Only this method's flow saw the value; the caller's is restored when it returns.
            _current.Value = null;
        }
    }

    /// <summary>
    /// Notes that <paramref name="exception"/> came from the standby refusing a statement (a write, or a
    /// query cancelled by a conflict with replay), so that the operation runs again on the primary.
    /// </summary>
    /// <param name="standbyUsed">Whether the caller knows the failure came from a route that has since ended.</param>
    public static bool NoteRefusal(Exception? exception, bool standbyUsed = false)
    {
        var route = _current.Value;
        if ((route is null && !standbyUsed) || !IsRefusal(exception))
        {
            return false;
        }

        route?.Refused = true;
        return true;
    }

    // 25006: a write in a read-only transaction; 40001: a query cancelled by a conflict with replay;
    // or the standby went away under the statement.
    private static bool IsRefusal(Exception? exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is PostgresException { SqlState: "25006" or "40001" })
            {
                return true;
            }
        }

        return exception is not null && DatabaseOutage.Is(exception);
    }
}

public static class ReadRouteExtensions
{
    private static readonly PathString _exports = "/api/exports";

    /// <summary>
    /// Exports (GET <c>/api/exports/…</c>) read from a standby of the read pool, with the caller's own
    /// writes (<see cref="ReadYourWrites"/>) visible; one that needs the primary runs again there while
    /// nothing has been sent. Comes after authorization, so the route covers the export alone.
    /// </summary>
    public static IApplicationBuilder UseExportsOnStandby(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            var replicas = context.RequestServices.GetRequiredService<ReadReplicas>();
            if (!replicas.Configured || !HttpMethods.IsGet(context.Request.Method) || !context.Request.Path.StartsWithSegments(_exports))
            {
                await next(context);
                return;
            }

            var source = await replicas.ForReadAsync(ReadYourWrites.WrittenBy(context), context.RequestAborted);
            if (!replicas.IsStandby(source))
            {
                await next(context);
                return;
            }

            try
            {
                await ReadRoute.OnStandbyAsync(source, async () =>
                {
                    await next(context);
                    return true;
                });
            }
            catch (Exception exception) when (ReadRoute.NoteRefusal(exception, standbyUsed: true) && !context.Response.HasStarted)
            {
                await next(context);
            }
        });

    /// <summary>The standby of the read-only operation in progress, else <paramref name="primary"/>.</summary>
    public static NpgsqlDataSource Routed(this NpgsqlDataSource primary) => ReadRoute.Current?.Standby ?? primary;
}
