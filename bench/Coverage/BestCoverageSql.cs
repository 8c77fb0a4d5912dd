namespace FireMap.Bench.Coverage;

/// <summary>
/// The reference for the service's <c>coverage</c> answer: one statement, written for speed, that gives the
/// same counts, the same outside buildings, places and compounds in the same order, from the same stored
/// reach. It differs from the service's two statements in how it finds the fastest time: the reach is
/// reduced by GROUP BY to one time per vehicle and node, a target's two edge ends are joined side by side
/// and taken with LEAST, and buildings and places go through one pass. Station names are not looked up.
/// </summary>
internal static class BestCoverageSql
{
    public const string Statement = """
        WITH chosen AS (
            SELECT st.station_id, st.vehicle FROM station_reach_starts st JOIN stations s ON s.id = st.station_id WHERE s.kind = ANY (@kinds)
        ), best AS MATERIALIZED (
            SELECT c.vehicle, r.node_id, min(r.seconds) AS seconds
            FROM station_reach r JOIN chosen c ON c.station_id = r.station_id
            GROUP BY c.vehicle, r.node_id
        ), access AS (
            SELECT true AS building, b.id, b.compound_id, b.occupants AS people,
                   a.edge_id, a.fraction, a.distance_m, a.road_edge_id, a.road_fraction, a.road_distance_m
            FROM buildings b LEFT JOIN network_building_access a ON a.building_id = b.id
            UNION ALL
            SELECT false, p.id, NULL, p.capacity, e.id, ST_LineLocatePoint(e.geom, p.geom), ST_Distance(e.geom::geography, p.geom::geography),
                   r.id, ST_LineLocatePoint(r.geom, p.geom), ST_Distance(r.geom::geography, p.geom::geography)
            FROM places p
            CROSS JOIN LATERAL (SELECT n.id, n.lane_id, n.geom FROM (SELECT id, lane_id, geom, geom <-> p.geom AS d FROM network_edges ORDER BY geom <-> p.geom LIMIT 8) n ORDER BY n.d, n.id LIMIT 1) e
            LEFT JOIN LATERAL (SELECT n.id, n.geom FROM (SELECT id, geom, geom <-> p.geom AS d FROM network_edges WHERE lane_id IS NULL AND e.lane_id IS NOT NULL ORDER BY geom <-> p.geom LIMIT 8) n ORDER BY n.d, n.id LIMIT 1) r ON true
        ), legs AS (
            SELECT k.building, k.id, v.vehicle,
                   CASE WHEN w.swap THEN k.road_edge_id ELSE k.edge_id END AS edge_id,
                   CASE WHEN w.swap THEN k.road_fraction ELSE k.fraction END AS fraction,
                   CASE WHEN w.swap THEN k.road_distance_m ELSE k.distance_m END AS distance_m
            FROM access k
            JOIN network_edges ea ON ea.id = k.edge_id
            CROSS JOIN (SELECT DISTINCT vehicle FROM chosen) v
            CROSS JOIN LATERAL (SELECT v.vehicle = 'engine' AND ea.engine_blocked AND k.road_edge_id IS NOT NULL AS swap) w
        ), timed AS (
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
        ), t AS MATERIALIZED (
            SELECT k.building, k.id, k.compound_id, k.people, x.seconds, (x.seconds IS NULL OR x.seconds > @limit) AS outside
            FROM access k LEFT JOIN timed x ON x.building = k.building AND x.id = k.id
        )
        SELECT count(*) FILTER (WHERE building)::int,
               count(*) FILTER (WHERE building AND outside)::int,
               coalesce(sum(people) FILTER (WHERE building AND outside), 0)::bigint,
               count(*) FILTER (WHERE NOT building)::int,
               count(*) FILTER (WHERE NOT building AND outside)::int,
               coalesce(sum(people) FILTER (WHERE NOT building AND outside), 0)::bigint,
               (SELECT array_agg(id) FROM (SELECT id FROM t WHERE building AND outside ORDER BY seconds DESC NULLS FIRST, id LIMIT @first) x),
               (SELECT array_agg(id) FROM (SELECT id FROM t WHERE NOT building AND outside ORDER BY seconds DESC NULLS FIRST, id LIMIT @first) x),
               (SELECT array_agg(compound_id) FROM (
                    SELECT compound_id FROM t WHERE building AND compound_id IS NOT NULL
                    GROUP BY compound_id HAVING count(*) FILTER (WHERE outside) > 0
                    ORDER BY count(*) FILTER (WHERE outside) DESC, compound_id LIMIT @first) y)
        FROM t
        """;
}
