using FireMap.Api.Database;
using FireMap.Spatial.Geometry;
using Npgsql;

namespace FireMap.Api.Coverage;

/// <summary>
/// A candidate station dropped on the map: inside one transaction that is always rolled back, the
/// candidate is added as a station of its kind, its reach computed like any other's, and coverage
/// counted before and after. Nothing is kept, so any reader may ask.
/// </summary>
public sealed class CoverageWhatIf(NpgsqlDataSource dataSource, CoverageNetwork network, CoverageQueries queries)
{
    private const string AddCandidate = """
        INSERT INTO stations (code, name, kind, address, geom)
        VALUES ('WHATIF-' || txid_current(), '候选站点', @kind, '候选站点', ST_SetSRID(ST_MakePoint(@lon, @lat), 4326))
        RETURNING id
        """;

    public async Task<CoverageWhatIfAnswer> AskAsync(GeoPoint point, string kind, int minutes, long? communityId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(point);
        await using var connection = await dataSource.Routed().OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var before = await queries.CoverageAsync(connection, minutes, [kind], communityId, 0, cancellationToken);
        long id;
        await using (var add = new NpgsqlCommand(AddCandidate, connection))
        {
            add.Parameters.AddWithValue("kind", kind);
            add.Parameters.AddWithValue("lon", point.Lon);
            add.Parameters.AddWithValue("lat", point.Lat);
            id = (long)(await add.ExecuteScalarAsync(cancellationToken))!;
        }

        await network.ComputeReachAsync(connection, [id], cancellationToken);
        var after = await queries.CoverageAsync(connection, minutes, [kind], communityId, 0, cancellationToken);
        await transaction.RollbackAsync(cancellationToken);
        return new CoverageWhatIfAnswer(minutes, kind, before.BuildingsOutside, after.BuildingsOutside, before.OccupantsOutside, after.OccupantsOutside);
    }
}
