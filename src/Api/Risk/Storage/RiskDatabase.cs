using FireMap.Api.Database;
using Npgsql;

namespace FireMap.Api.Risk.Storage;

/// <summary>
/// Connections for risk SQL, from the service's one data source, with PostgreSQL's JIT compilation
/// off for the connection's session. The gather statements and rankings look expensive to the
/// planner (they touch every building), so JIT would compile each of them, which costs more than it
/// saves (hundreds of milliseconds per statement, and all of a one-compound recompute). Npgsql
/// resets session settings (RESET ALL) before the pool hands the connection to anyone else.
/// </summary>
public sealed class RiskDatabase(NpgsqlDataSource dataSource)
{
    public async Task<NpgsqlConnection> OpenConnectionAsync(CancellationToken cancellationToken)
    {
        var connection = await dataSource.Routed().OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = new NpgsqlCommand("SET jit = off", connection);
            await command.ExecuteNonQueryAsync(cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }
}
