using FireMap.Api.Errors;
using Npgsql;

namespace FireMap.Api.Database;

/// <summary>
/// Tells a database that cannot be reached (down, restarting, recovering, out of connections,
/// timing out) from a failing statement, and turns the former into the one error path's
/// <see cref="RejectionKind.Unavailable"/>: clients are told to retry, and the driver's text,
/// which names hosts and ports, stays in the log.
/// </summary>
public sealed class DatabaseOutage
{
    private DatabaseOutage()
    {
    }

    public static bool Is(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            switch (current)
            {
                case PostgresException postgres:
                    return IsOutageState(postgres.SqlState);
                case NpgsqlOperationInProgressException:
                    return false; // a connection used twice at once: a bug, not an outage
                case NpgsqlException:
                    // Raised by the driver itself, not by the server: the connection could not be
                    // opened or broke (socket, stream, timeout, exhausted pool).
                    return true;
            }

            if (current is AggregateException { InnerExceptions.Count: 1 } aggregate)
            {
                return Is(aggregate.InnerExceptions[0]);
            }
        }

        return false;
    }

    /// <summary>Logs <paramref name="exception"/> and returns the rejection the caller sees instead.</summary>
    public static Rejection Reject(Exception exception, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(logger);
        logger.LogWarning(exception, "The database is unavailable");
        return Rejection.Of(RejectionKind.Unavailable, "The database is unavailable; retry shortly.", title: "Service unavailable");
    }

    // 08: connection exceptions; 57P01-57P03: the server shuts down, crashed or is starting up;
    // 53300: too many connections; 57014 is a cancelled statement, which is not an outage.
    private static bool IsOutageState(string state) =>
        state.StartsWith("08", StringComparison.Ordinal) || state is "57P01" or "57P02" or "57P03" or "53300";
}
