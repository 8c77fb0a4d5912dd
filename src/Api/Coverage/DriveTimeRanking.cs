using FireMap.Api.Database;
using FireMap.Api.Stations;
using FireMap.Spatial.Geometry;
using Npgsql;
using NpgsqlTypes;

namespace FireMap.Api.Coverage;

/// <summary>
/// Ranks stations by routed time to a point: the candidates nearest in a straight line (a few times the
/// number asked for) are each routed with pgRouting's withPoints from where the station joins the
/// network to where the point does, with the station's vehicle; the time adds the station's link and
/// the walk from the network. The route is the edges the path uses, whole.
/// </summary>
public sealed class DriveTimeRanking(NpgsqlDataSource dataSource, StationRepository stations, CoverageSettings settings) : IDriveTimeRanking
{
    private const int CandidatesPerAnswer = 4;

    private const string Sql = """
        WITH here AS (SELECT ST_SetSRID(ST_MakePoint(@lon, @lat), 4326) AS p),
        candidates AS (
            SELECT s.id, st.vehicle, st.edge_id, st.fraction, st.offset_seconds
            FROM stations s JOIN station_reach_starts st ON st.station_id = s.id, here
            WHERE st.edge_id IS NOT NULL AND (@kinds::text[] IS NULL OR s.kind = ANY (@kinds))
            ORDER BY s.geom::geography <-> here.p::geography
            LIMIT @candidates
        )
        SELECT c.id, c.offset_seconds + w.seconds + t.distance_m / (@access_kmh / 3.6), w.route
        FROM candidates c
        CROSS JOIN here
        CROSS JOIN LATERAL (
            SELECT e.id, least(greatest(ST_LineLocatePoint(e.geom, here.p), 1e-9), 1 - 1e-9) AS fraction,
                   ST_Distance(e.geom::geography, here.p::geography) AS distance_m
            FROM network_edges e
            WHERE NOT (e.engine_blocked AND c.vehicle = 'engine')
            ORDER BY e.geom <-> here.p LIMIT 1) t
        LEFT JOIN LATERAL (
            SELECT max(p.agg_cost) AS seconds, ST_AsGeoJSON(ST_Multi(ST_Collect(e.geom ORDER BY p.seq)), 6) AS route
            FROM pgr_withPoints(network_edges_sql(c.vehicle),
                     format('SELECT 1 AS pid, %s::bigint AS edge_id, %s::float8 AS fraction UNION ALL SELECT 2, %s, %s',
                            c.edge_id, c.fraction, t.id, t.fraction),
                     -1, -2, true, 'b', false) p
            LEFT JOIN network_edges e ON e.id = p.edge
            HAVING count(*) > 0) w ON true
        """;

    public async Task<IReadOnlyList<StationDistance>> RankAsync(GeoPoint point, IReadOnlyList<string>? kinds, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(point);
        var times = new Dictionary<long, (double? Seconds, GeoJsonText? Route)>();
        await using (var command = dataSource.Routed().CreateCommand(Sql))
        {
            command.Parameters.Add(new NpgsqlParameter("lon", NpgsqlDbType.Double) { Value = point.Lon });
            command.Parameters.Add(new NpgsqlParameter("lat", NpgsqlDbType.Double) { Value = point.Lat });
            command.Parameters.Add(new NpgsqlParameter("kinds", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = (object?)kinds?.ToArray() ?? DBNull.Value });
            command.Parameters.Add(new NpgsqlParameter("candidates", NpgsqlDbType.Integer) { Value = limit * CandidatesPerAnswer });
            command.Parameters.Add(new NpgsqlParameter("access_kmh", NpgsqlDbType.Double) { Value = settings.Options.AccessKmh });
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                times[reader.GetInt64(0)] = (reader.IsDBNull(1) ? null : reader.GetDouble(1), reader.IsDBNull(2) ? null : reader.GetGeoJson(2));
            }
        }

        var nearby = await stations.NearestAsync(point, kinds, Math.Min(StationRepository.MaxNearest, limit * CandidatesPerAnswer), cancellationToken);
        return [.. nearby
            .Select(s => times.TryGetValue(s.Station.Id, out var t) ? s with { DriveSeconds = t.Seconds, Route = t.Route } : s)
            .OrderBy(s => s.DriveSeconds ?? double.MaxValue).ThenBy(s => s.DistanceMeters).ThenBy(s => s.Station.Id)
            .Take(limit)];
    }
}
