namespace FireMap.Api.Coverage;

/// <summary>
/// The drive-time SQL shared by coverage, response force and what-if. A target (building or place)
/// meets the network on its nearest edge at <c>fraction</c>; an engine whose target's nearest edge is
/// a blocked lane meets it on the nearest road instead. Its time from a station is the station's reach
/// at the edge's source plus the part of the edge up to the target (or from the target end, against
/// the digitised direction, unless the road is one-way), plus the walk from the edge at the access speed.
/// </summary>
internal static class DriveTimeSql
{
    /// <summary>Where places meet the network, found when asked (places are few); of edges as near, the lowest id, as for buildings (migration 0026).</summary>
    public const string PlaceAccess = """
        SELECT false AS building, p.id, e.id AS edge_id, ST_LineLocatePoint(e.geom, p.geom) AS fraction, ST_Distance(e.geom::geography, p.geom::geography) AS distance_m,
               r.id AS road_edge_id, ST_LineLocatePoint(r.geom, p.geom) AS road_fraction, ST_Distance(r.geom::geography, p.geom::geography) AS road_distance_m
        FROM places p
        CROSS JOIN LATERAL (SELECT n.id, n.lane_id, n.geom FROM (SELECT id, lane_id, geom, geom <-> p.geom AS d FROM network_edges ORDER BY geom <-> p.geom LIMIT 8) n ORDER BY n.d, n.id LIMIT 1) e
        LEFT JOIN LATERAL (SELECT n.id, n.geom FROM (SELECT id, geom, geom <-> p.geom AS d FROM network_edges WHERE lane_id IS NULL AND e.lane_id IS NOT NULL ORDER BY geom <-> p.geom LIMIT 8) n ORDER BY n.d, n.id LIMIT 1) r ON true
        WHERE @community::bigint IS NULL OR p.community_id = @community
        """;

    /// <summary>Where buildings meet the network (kept by the rebuild).</summary>
    public const string BuildingAccess = """
        SELECT true AS building, a.building_id AS id, a.edge_id, a.fraction, a.distance_m, a.road_edge_id, a.road_fraction, a.road_distance_m
        FROM network_building_access a JOIN buildings b ON b.id = a.building_id
        WHERE (@community::bigint IS NULL OR b.community_id = @community) AND (@ids::bigint[] IS NULL OR b.id = ANY (@ids))
        """;

    /// <summary>Per node and vehicle, the fastest of the chosen stations (enough for the fastest time to each target).</summary>
    public const string FastestReach = """
        SELECT DISTINCT ON (c.vehicle, r.node_id) c.vehicle, r.node_id, r.seconds, r.station_id
        FROM station_reach r JOIN chosen c ON c.station_id = r.station_id
        ORDER BY c.vehicle, r.node_id, r.seconds
        """;

    /// <summary>Every chosen station's reach (for the time from each station).</summary>
    public const string EveryReach = """
        SELECT c.vehicle, r.node_id, r.seconds, r.station_id
        FROM station_reach r JOIN chosen c ON c.station_id = r.station_id
        """;

    /// <summary>
    /// The common table expressions <c>chosen</c>, <c>best</c>, <c>legs</c> and <c>fastest</c> (building, id, seconds):
    /// the fastest time to each target of <paramref name="access"/> (buildings, places or both, told apart by its
    /// <c>building</c> column) from any station of @kinds, without saying which
    /// station. The reach is first reduced to one minimum per vehicle and node (GROUP BY, no ranking), and a
    /// target's two edge ends are taken side by side with LEAST, so no (target, station) pair is ever ranked
    /// (a target out of reach has a null time);
    /// <see cref="FastestStationNames"/> names the station afterwards for the few rows that are listed.
    /// </summary>
    public static string FastestTimes(string access) => $"""
        chosen AS (
            SELECT st.station_id, st.vehicle
            FROM station_reach_starts st JOIN stations s ON s.id = st.station_id
            WHERE s.kind = ANY (@kinds)
        ), best AS MATERIALIZED (
            SELECT c.vehicle, r.node_id, min(r.seconds) AS seconds
            FROM station_reach r JOIN chosen c ON c.station_id = r.station_id
            GROUP BY c.vehicle, r.node_id
        ), access AS ({access}
        ), legs AS MATERIALIZED (
            SELECT k.building, k.id, v.vehicle,
                   CASE WHEN w.swap THEN k.road_edge_id ELSE k.edge_id END AS edge_id,
                   CASE WHEN w.swap THEN k.road_fraction ELSE k.fraction END AS fraction,
                   CASE WHEN w.swap THEN k.road_distance_m ELSE k.distance_m END AS distance_m
            FROM access k
            JOIN network_edges ea ON ea.id = k.edge_id
            CROSS JOIN (SELECT DISTINCT vehicle FROM chosen) v
            CROSS JOIN LATERAL (SELECT v.vehicle = 'engine' AND ea.engine_blocked AND k.road_edge_id IS NOT NULL AS swap) w
        ), fastest AS (
            SELECT g.building, g.id,
                   min(least(bs.seconds + g.fraction * e.length_m / (sp.kmh / 3.6),
                             CASE WHEN NOT e.one_way THEN bt.seconds + (1 - g.fraction) * e.length_m / (sp.kmh / 3.6) END)
                       + g.distance_m / (@access_kmh / 3.6)) AS seconds
            FROM legs g
            JOIN network_edges e ON e.id = g.edge_id AND NOT (e.engine_blocked AND g.vehicle = 'engine')
            JOIN coverage_speeds sp ON sp.vehicle = g.vehicle AND sp.edge_class = e.edge_class
            LEFT JOIN best bs ON bs.vehicle = g.vehicle AND bs.node_id = e.source
            LEFT JOIN best bt ON bt.vehicle = g.vehicle AND bt.node_id = e.target
            GROUP BY g.building, g.id
        )
        """;

    /// <summary>
    /// After <see cref="FastestTimes"/>: (building, id, name) of the fastest station for the targets of <paramref name="listed"/>
    /// (a relation with <c>building</c> and <c>id</c> columns), ranking each listed target's (station, edge end) pairs only.
    /// </summary>
    public static string FastestStationNames(string listed) => $"""
        SELECT DISTINCT ON (g.building, g.id) g.building, g.id, s.name
        FROM {listed} l
        JOIN legs g ON g.building = l.building AND g.id = l.id
        JOIN network_edges e ON e.id = g.edge_id AND NOT (e.engine_blocked AND g.vehicle = 'engine')
        JOIN coverage_speeds sp ON sp.vehicle = g.vehicle AND sp.edge_class = e.edge_class
        CROSS JOIN LATERAL (VALUES (e.source, g.fraction), (CASE WHEN NOT e.one_way THEN e.target END, 1 - g.fraction)) n(node_id, part)
        JOIN chosen c ON c.vehicle = g.vehicle
        JOIN station_reach r ON r.station_id = c.station_id AND r.node_id = n.node_id
        JOIN stations s ON s.id = r.station_id
        ORDER BY g.building, g.id, r.seconds + n.part * e.length_m / (sp.kmh / 3.6) + g.distance_m / (@access_kmh / 3.6), s.id
        """;

    /// <summary>
    /// Times (id, station_id, seconds) from the stations of @kinds to the targets of <paramref name="access"/>,
    /// one row per target and reaching station (<paramref name="reach"/> = <see cref="EveryReach"/>) or only
    /// the fastest (<see cref="FastestReach"/>, then one row per target); targets out of reach have none.
    /// </summary>
    public static string Times(string access, string reach) => $"""
        WITH chosen AS (
            SELECT st.station_id, st.vehicle
            FROM station_reach_starts st JOIN stations s ON s.id = st.station_id
            WHERE s.kind = ANY (@kinds)
        ), reach AS MATERIALIZED ({reach}
        ), access AS ({access}
        ), legs AS (
            SELECT k.id, v.vehicle,
                   CASE WHEN w.swap THEN k.road_edge_id ELSE k.edge_id END AS edge_id,
                   CASE WHEN w.swap THEN k.road_fraction ELSE k.fraction END AS fraction,
                   CASE WHEN w.swap THEN k.road_distance_m ELSE k.distance_m END AS distance_m
            FROM access k
            JOIN network_edges ea ON ea.id = k.edge_id
            CROSS JOIN (SELECT DISTINCT vehicle FROM chosen) v
            CROSS JOIN LATERAL (SELECT v.vehicle = 'engine' AND ea.engine_blocked AND k.road_edge_id IS NOT NULL AS swap) w
        ), ends AS (
            SELECT g.id, rs.station_id, rs.seconds + g.fraction * e.length_m / (sp.kmh / 3.6) + g.distance_m / (@access_kmh / 3.6) AS seconds
            FROM legs g
            JOIN network_edges e ON e.id = g.edge_id
            JOIN coverage_speeds sp ON sp.vehicle = g.vehicle AND sp.edge_class = e.edge_class
            JOIN reach rs ON rs.vehicle = g.vehicle AND rs.node_id = e.source
            WHERE NOT (e.engine_blocked AND g.vehicle = 'engine')
            UNION ALL
            SELECT g.id, rt.station_id, rt.seconds + (1 - g.fraction) * e.length_m / (sp.kmh / 3.6) + g.distance_m / (@access_kmh / 3.6)
            FROM legs g
            JOIN network_edges e ON e.id = g.edge_id
            JOIN coverage_speeds sp ON sp.vehicle = g.vehicle AND sp.edge_class = e.edge_class
            JOIN reach rt ON rt.vehicle = g.vehicle AND rt.node_id = e.target
            WHERE NOT e.one_way AND NOT (e.engine_blocked AND g.vehicle = 'engine')
        )
        SELECT DISTINCT ON ({(reach == FastestReach ? "id" : "id, station_id")}) id, station_id, seconds
        FROM ends
        ORDER BY {(reach == FastestReach ? "id" : "id, station_id")}, seconds
        """;
}
