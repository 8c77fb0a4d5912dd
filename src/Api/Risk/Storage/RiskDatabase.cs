using FireMap.Api.Database;
using Npgsql;

namespace FireMap.Api.Risk.Storage;

/// <summary>
/// Connections for risk SQL, from the service's one data source (routed to a standby when the request
/// reads only). JIT compilation, which would compile every gather statement and ranking at a cost of
/// hundreds of milliseconds each, is off for all of the service's connections
/// (<see cref="DatabaseExtensions"/>).
/// </summary>
public sealed class RiskDatabase(NpgsqlDataSource dataSource)
{
    public Task<NpgsqlConnection> OpenConnectionAsync(CancellationToken cancellationToken) =>
        dataSource.Routed().OpenConnectionAsync(cancellationToken).AsTask();
}
