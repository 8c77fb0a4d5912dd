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
    public static bool NoteRefusal(Exception? exception)
    {
        if (_current.Value is not { } route)
        {
            return false;
        }

        for (var current = exception; current is not null; current = current.InnerException)
        {
            // 25006: read-only transaction; 40001: cancelled by conflict with recovery.
            if (current is PostgresException { SqlState: "25006" or "40001" } || DatabaseOutage.Is(current))
            {
                route.Refused = true;
                return true;
            }
        }

        return false;
    }
}

public static class ReadRouteExtensions
{
    /// <summary>The standby of the read-only operation in progress, else <paramref name="primary"/>.</summary>
    public static NpgsqlDataSource Routed(this NpgsqlDataSource primary) => ReadRoute.Current?.Standby ?? primary;
}
