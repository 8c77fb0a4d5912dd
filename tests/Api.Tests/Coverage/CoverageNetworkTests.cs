using FireMap.Api.Coverage;
using FireMap.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using static FireMap.Api.Tests.GraphQL.GraphQLRequests;

namespace FireMap.Api.Tests.Coverage;

/// <summary>Routed times on a hand-computable network, blockages changing coverage, isochrones holding their nodes, and times checked against pgRouting.</summary>
[Collection(FireMapServerCollection.Name)]
public sealed class CoverageNetworkTests(FireMapServerFixture server)
{
    // On the equator a hundredth of a degree of longitude is 1113.19 m on the WGS84 spheroid.
    private const double Hundredth = 1113.1949;

    [Theory]
    [InlineData(false, true)]
    [InlineData(true, false)]
    public async Task Reach_on_a_hand_network_is_length_over_speed_and_honours_one_way(bool againstOneWay, bool reachesC)
    {
        await using var connection = await server.DataSource.OpenConnectionAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        // A(100.00, 0) —arterial— B(100.01, 0) —branch— C(100.02, 0); the branch is drawn C→B when one-way against us.
        var branch = againstOneWay ? "LINESTRING(100.02 0, 100.01 0)" : "LINESTRING(100.01 0, 100.02 0)";
        await ExecuteAsync(connection, $"""
            INSERT INTO roads (code, name, road_class, one_way, geom) VALUES
              ('T-AB', 'AB', 'arterial', false, ST_GeomFromText('LINESTRING(100 0, 100.01 0)', 4326)),
              ('T-BC', 'BC', 'branch', {againstOneWay.ToString().ToLowerInvariant()}, ST_GeomFromText('{branch}', 4326));
            INSERT INTO stations (code, name, kind, address, geom) VALUES ('T-S', 'S', 'fire_station', 'A', ST_SetSRID(ST_MakePoint(100, 0), 4326));
            SELECT rebuild_road_network(150);
            SELECT compute_station_reach((SELECT id FROM stations WHERE code = 'T-S'), 'engine', 480, 15);
            """);
        var times = await NodeTimesAsync(connection);
        Assert.Equal(0, times[100.00], 1.0);
        Assert.Equal(Hundredth / (40 / 3.6), times[100.01], 0); // 100.19 s at 40 km/h
        if (reachesC)
        {
            Assert.Equal(Hundredth / (40 / 3.6) + Hundredth / (20 / 3.6), times[100.02], 0); // + 200.37 s at 20 km/h
        }
        else
        {
            Assert.False(times.ContainsKey(100.02));
        }

        await transaction.RollbackAsync();
    }

    [Fact]
    public async Task Blocked_lane_changes_a_buildings_engine_time_and_clearing_restores_it()
    {
        var (buildingId, laneId) = await BuildingOnOpenLaneAsync();
        var queries = server.Services.GetRequiredService<CoverageQueries>();
        var before = await queries.BuildingTimesAsync(["fire_station"], [buildingId], CancellationToken.None);
        Assert.True(before.ContainsKey(buildingId), "the building is reached by an engine before the blockage");

        using var client = server.CreateClient();
        var report = await PostAsync(client, """
            mutation($lane: ID!) { reportBlockage(input: {laneId: $lane, cause: PARKED_CAR, remainingWidthMeters: 1.0, note: "coverage test"}) { id } }
            """, new { lane = laneId.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        var blockageId = report.GetProperty("data").GetProperty("reportBlockage").GetProperty("id").GetString();
        try
        {
            var blocked = await queries.BuildingTimesAsync(["fire_station"], [buildingId], CancellationToken.None);
            Assert.True(!blocked.TryGetValue(buildingId, out var slower) || slower > before[buildingId] + 1,
                $"blocked: {(blocked.TryGetValue(buildingId, out var t) ? t : null)} s, before {before[buildingId]} s");
        }
        finally
        {
            await PostAsync(client, "mutation($id: ID!) { clearBlockage(id: $id, note: \"done\") { id } }", new { id = blockageId });
        }

        var cleared = await queries.BuildingTimesAsync(["fire_station"], [buildingId], CancellationToken.None);
        Assert.Equal(before[buildingId], cleared[buildingId], 3);
    }

    [Theory]
    [InlineData(3)]
    [InlineData(5)]
    [InlineData(8)]
    public async Task Isochrones_hold_every_reachable_node_and_no_unreachable_one(int minutes)
    {
        var isochrones = await server.Services.GetRequiredService<StationIsochrones>().ForAsync(null, null, minutes, CancellationToken.None);
        Assert.Contains(isochrones, i => i.Geometry is not null);
        await using var command = server.DataSource.CreateCommand("""
            WITH poly AS (SELECT ST_SetSRID(ST_GeomFromGeoJSON(@geojson), 4326) AS g)
            SELECT count(*) FILTER (WHERE r.seconds <= @limit AND NOT ST_DWithin(poly.g::geography, n.geom::geography, 0.5)),
                   count(*) FILTER (WHERE (r.seconds IS NULL OR r.seconds > @limit) AND ST_Intersects(poly.g, n.geom)),
                   coalesce(string_agg(n.id::text, ', ') FILTER (WHERE (r.seconds IS NULL OR r.seconds > @limit) AND ST_Intersects(poly.g, n.geom)), '')
            FROM network_nodes n CROSS JOIN poly
            LEFT JOIN station_reach r ON r.node_id = n.id AND r.station_id = @station
            """);
        var checkedStations = 0;
        foreach (var isochrone in isochrones.Where(i => i.Geometry is not null))
        {
            command.Parameters.Clear();
            command.Parameters.AddWithValue("geojson", isochrone.Geometry!.Value.Json);
            command.Parameters.AddWithValue("station", isochrone.StationId);
            command.Parameters.AddWithValue("limit", minutes * 60.0);
            await using var reader = await command.ExecuteReaderAsync();
            await reader.ReadAsync();
            Assert.True(reader.GetInt64(0) == 0, $"station {isochrone.StationCode}, {minutes} min: {reader.GetInt64(0)} reachable nodes outside");
            // No tolerance for nodes: the buffer's unreachable nodes are cut out of the polygon.
            Assert.True(reader.GetInt64(1) == 0, $"station {isochrone.StationCode}, {minutes} min: unreachable nodes {reader.GetString(2)} inside");
            checkedStations++;
        }

        Assert.True(checkedStations >= 10, $"only {checkedStations} isochrones checked");
    }

    [Fact]
    public async Task Building_response_force_field_equals_the_root_answer_in_one_batch()
    {
        using var client = server.CreateClient();
        var page = await PostAsync(client, """
            { buildings(first: 20) { edges { node { id responseForce { buildingId hazardClass requiredStaff staff shortfall stations { name seconds } } } } } }
            """);
        var nodes = page.GetProperty("data").GetProperty("buildings").GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node")).ToList();
        Assert.Equal(20, nodes.Count);
        var ids = nodes.Select(n => n.GetProperty("id").GetString()!).ToArray();
        var root = await PostAsync(client, """
            query($ids: [ID!]!) { responseForce(buildingIds: $ids) { buildingId hazardClass requiredStaff staff shortfall stations { name seconds } } }
            """, new { ids });
        var byId = root.GetProperty("data").GetProperty("responseForce").EnumerateArray().ToDictionary(r => r.GetProperty("buildingId").GetString()!, r => r.GetRawText());
        Assert.Contains(nodes, n => n.GetProperty("responseForce").GetProperty("staff").GetInt32() > 0);
        foreach (var node in nodes)
        {
            Assert.Equal(byId[node.GetProperty("id").GetString()!], node.GetProperty("responseForce").GetRawText());
        }
    }

    [Theory]
    [InlineData("micro_station", 3)]
    [InlineData("fire_station", 5)]
    public async Task Coverage_lists_the_same_times_and_stations_as_ranking_every_station(string kind, int minutes)
    {
        var queries = server.Services.GetRequiredService<CoverageQueries>();
        string[] kinds = [kind];
        var answer = await queries.CoverageAsync(minutes, kinds, null, CoverageQueries.MaxListed, CancellationToken.None);
        Assert.NotEmpty(answer.OutsideBuildings);
        Assert.NotEmpty(answer.OutsidePlaces);

        await using var connection = await server.DataSource.OpenConnectionAsync();
        await AssertRankedAsync(DriveTimeSql.BuildingAccess, answer.OutsideBuildings);
        await AssertRankedAsync(DriveTimeSql.PlaceAccess, answer.OutsidePlaces);

        async Task AssertRankedAsync(string access, IReadOnlyList<UncoveredTarget> listed)
        {
            // The earlier plan: every (target, station) pair ranked, the fastest kept with its station.
            var sql = $"""
                SELECT DISTINCT ON (t.id) t.id, t.seconds, s.name
                FROM ({DriveTimeSql.Times(access, DriveTimeSql.EveryReach)}) t JOIN stations s ON s.id = t.station_id
                ORDER BY t.id, t.seconds, s.id
                """;
            var ranked = new Dictionary<long, (double Seconds, string Station)>();
            await using (var command = queries.Command(connection, sql, minutes, kinds, null, 0))
            await using (var reader = await command.ExecuteReaderAsync())
            {
                while (await reader.ReadAsync())
                {
                    ranked[reader.GetInt64(0)] = (reader.GetDouble(1), reader.GetString(2));
                }
            }

            foreach (var target in listed)
            {
                if (target.Seconds is null)
                {
                    Assert.False(ranked.ContainsKey(target.Id), $"{target.Code} is reached by ranking");
                    Assert.Null(target.StationName);
                    continue;
                }

                Assert.Equal(Math.Round(ranked[target.Id].Seconds, 1, MidpointRounding.AwayFromZero), target.Seconds);
                Assert.Equal(ranked[target.Id].Station, target.StationName);
            }
        }
    }

    [Fact]
    public async Task Building_times_equal_pgRouting_shortest_paths_from_each_station()
    {
        var queries = server.Services.GetRequiredService<CoverageQueries>();
        var ids = new List<long>();
        await using (var sample = server.DataSource.CreateCommand("SELECT building_id FROM network_building_access ORDER BY building_id LIMIT 40"))
        await using (var reader = await sample.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                ids.Add(reader.GetInt64(0));
            }
        }

        var service = await queries.BuildingTimesAsync(["micro_station"], [.. ids], CancellationToken.None);
        var access = server.Services.GetRequiredService<CoverageSettings>().Options.AccessKmh;
        // Independently: one shortest path per station and building over the network with both points inserted.
        await using var command = server.DataSource.CreateCommand("""
            SELECT a.building_id, min(st.offset_seconds + c.agg_cost + a.distance_m / (@access / 3.6))
            FROM network_building_access a
            CROSS JOIN station_reach_starts st JOIN stations s ON s.id = st.station_id AND s.kind = 'micro_station'
            CROSS JOIN LATERAL pgr_withPointsCost(network_edges_sql(st.vehicle),
                format('SELECT 1 AS pid, %s::bigint AS edge_id, %s::float8 AS fraction UNION ALL SELECT 2, %s, %s',
                       st.edge_id, st.fraction, a.edge_id, least(greatest(a.fraction, 1e-9), 1 - 1e-9)),
                -1, -2, true, 'b') c
            WHERE a.building_id = ANY (@ids)
            GROUP BY a.building_id
            """);
        command.Parameters.AddWithValue("access", access);
        command.Parameters.AddWithValue("ids", ids.ToArray());
        var compared = 0;
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                var expected = reader.GetDouble(1);
                // Within the horizon, the service's time through the edge's ends is the shortest path.
                if (expected <= 8 * 60 - 60 && service.TryGetValue(reader.GetInt64(0), out var actual))
                {
                    Assert.True(Math.Abs(actual - expected) < 0.5 || actual > expected, $"building {reader.GetInt64(0)}: service {actual} s, pgRouting {expected} s");
                    Assert.True(actual - expected < 60, $"building {reader.GetInt64(0)}: service {actual} s, pgRouting {expected} s");
                    compared++;
                }
            }
        }

        Assert.True(compared >= 10, $"only {compared} buildings compared");
    }

    [Fact]
    public async Task Reach_over_the_edges_near_each_station_equals_reach_over_the_whole_network()
    {
        // compute_station_reach routes over the edges in a box around the station (migration 0026); pgRouting over
        // every edge of the network, from the same start, must reach the same nodes in the same times.
        await using var command = server.DataSource.CreateCommand("""
            WITH whole AS (
                SELECT st.station_id, d.node, min(st.offset_seconds + d.agg_cost) AS seconds
                FROM station_reach_starts st
                CROSS JOIN LATERAL pgr_withPointsDD(network_edges_sql(st.vehicle),
                    format('SELECT 1 AS pid, %s::bigint AS edge_id, %s::float8 AS fraction', st.edge_id, st.fraction),
                    -1, st.horizon_seconds - st.offset_seconds, true, 'b', false) d
                WHERE st.edge_id IS NOT NULL AND st.offset_seconds <= st.horizon_seconds AND d.node > 0
                GROUP BY st.station_id, d.node
            )
            SELECT count(*), count(*) FILTER (WHERE w.node IS NULL OR r.node_id IS NULL), coalesce(max(abs(w.seconds - r.seconds)), 0),
                   count(DISTINCT coalesce(w.station_id, r.station_id))
            FROM whole w FULL JOIN station_reach r ON r.station_id = w.station_id AND r.node_id = w.node
            """);
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        Assert.True(reader.GetInt64(0) > 1000, $"only {reader.GetInt64(0)} reached nodes compared");
        Assert.True(reader.GetInt64(3) >= 10, $"only {reader.GetInt64(3)} stations compared");
        Assert.Equal(0, reader.GetInt64(1));
        Assert.True(reader.GetDouble(2) <= 1e-6, $"times differ by up to {reader.GetDouble(2)} s");
    }

    [Theory]
    [InlineData(0.0, 500.0)]
    [InlineData(29.5, 5333.4)]
    [InlineData(-45.0, 2000.0)]
    [InlineData(60.0, 12000.0)]
    [InlineData(88.95, 20000.0)]
    public async Task Reach_box_holds_every_point_within_its_distance(double latitude, double meters)
    {
        // Points at the distance on the spheroid, every 5 degrees of bearing, must lie inside the box.
        await using var command = server.DataSource.CreateCommand("""
            SELECT count(*) FILTER (WHERE NOT ST_Intersects(ST_SetSRID(network_reach_box(c, @m), 4326), p))
            FROM (SELECT ST_SetSRID(ST_MakePoint(106.5, @lat), 4326) AS c) x
            CROSS JOIN LATERAL (SELECT ST_Project(c::geography, @m, radians(a))::geometry AS p FROM generate_series(0, 355, 5) a) y
            """);
        command.Parameters.AddWithValue("lat", latitude);
        command.Parameters.AddWithValue("m", meters);
        Assert.Equal(0L, (long)(await command.ExecuteScalarAsync())!);
    }

    private async Task<(long Building, long Lane)> BuildingOnOpenLaneAsync()
    {
        await using var command = server.DataSource.CreateCommand("""
            SELECT a.building_id, e.lane_id
            FROM network_building_access a JOIN network_edges e ON e.id = a.edge_id
            JOIN fire_lane_states s ON s.lane_id = e.lane_id AND s.status <> 'blocked'
            WHERE a.fraction > 0.5
            ORDER BY a.building_id LIMIT 1
            """);
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync(), "no building lies on an open lane");
        return (reader.GetInt64(0), reader.GetInt64(1));
    }

    private static async Task<Dictionary<double, double>> NodeTimesAsync(NpgsqlConnection connection)
    {
        await using var command = new NpgsqlCommand("""
            SELECT round(ST_X(n.geom)::numeric, 4)::float8, r.seconds
            FROM station_reach r JOIN network_nodes n ON n.id = r.node_id
            WHERE r.station_id = (SELECT id FROM stations WHERE code = 'T-S')
            """, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var times = new Dictionary<double, double>();
        while (await reader.ReadAsync())
        {
            times[reader.GetDouble(0)] = reader.GetDouble(1);
        }

        return times;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
