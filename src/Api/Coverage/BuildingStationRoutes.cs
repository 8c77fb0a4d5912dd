using FireMap.Api.Risk.Inputs;
using FireMap.Spatial.Risk.Inputs;
using Npgsql;
using NpgsqlTypes;

namespace FireMap.Api.Coverage;

/// <summary>
/// The risk model's routed station times: for each building (of one compound, or all) the fastest station
/// of a kind by road, from the stations' stored reach, in one statement (<see cref="DriveTimeSql"/>).
/// </summary>
public sealed class BuildingStationRoutes(NpgsqlDataSource dataSource, CoverageSettings settings) : IStationRoutes
{
    private const string CompoundAccess = """
        SELECT a.building_id AS id, a.edge_id, a.fraction, a.distance_m, a.road_edge_id, a.road_fraction, a.road_distance_m
        FROM network_building_access a JOIN buildings b ON b.id = a.building_id
        WHERE @compound::bigint IS NULL OR b.compound_id = @compound
        """;

    private static readonly string Fastest = $"""
        SELECT t.id, s.name, t.seconds
        FROM ({DriveTimeSql.Times(CompoundAccess, DriveTimeSql.FastestReach)}) t
        JOIN stations s ON s.id = t.station_id
        """;

    public async Task<IReadOnlyDictionary<long, StationRoute>> FastestAsync(string stationKind, long? compoundId, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var command = new NpgsqlCommand(Fastest, connection) { CommandTimeout = 0 };
        command.Parameters.Add(new NpgsqlParameter("kinds", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = new[] { stationKind } });
        command.Parameters.Add(new NpgsqlParameter("compound", NpgsqlDbType.Bigint) { Value = (object?)compoundId ?? DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter("access_kmh", NpgsqlDbType.Double) { Value = settings.Options.AccessKmh });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var routes = new Dictionary<long, StationRoute>();
        while (await reader.ReadAsync(cancellationToken))
        {
            routes[reader.GetInt64(0)] = new StationRoute(reader.GetString(1), reader.GetDouble(2));
        }

        return routes;
    }
}
