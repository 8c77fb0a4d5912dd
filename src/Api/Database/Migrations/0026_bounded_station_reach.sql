-- A station's reach routes over the edges near it only, and the nearest edge of a building or station is the
-- same one at every rebuild. compute_station_reach used to hand pgRouting every edge of the network for every
-- station: on a city of 80,000 edges and a thousand stations most of the time went to reading and building a
-- graph that is almost all out of reach.

-- The fastest a vehicle moves on any edge class (km/h).
CREATE FUNCTION network_top_kmh(vehicle text) RETURNS double precision LANGUAGE sql STABLE AS $$
SELECT max(s.kmh) FROM coverage_speeds s WHERE s.vehicle = network_top_kmh.vehicle
$$;

-- A box (degrees) that holds every point within `meters` on the spheroid of `around`. A degree of
-- latitude is never shorter than 110,574 m (at the equator) and a degree of longitude never shorter
-- than 111,319 m × cos(latitude) at the box's latitude farthest from the equator, so dividing by these
-- lengths can only make the box larger than the circle it stands for. Within a degree of a pole, every longitude.
CREATE FUNCTION network_reach_box(around geometry, meters double precision) RETURNS box2d LANGUAGE sql IMMUTABLE STRICT AS $$
SELECT ST_Expand(around::box2d,
                 CASE WHEN x.far_lat >= 89 THEN 360 ELSE x.m / (111319.0 * cos(radians(x.far_lat))) END,
                 x.m / 110574.0)::box2d
FROM (SELECT meters + 1 AS m, abs(ST_Y(around)) + (meters + 1) / 110574.0 AS far_lat) x
$$;

-- The edge list pgRouting reads for one vehicle, limited to the edges that touch `box`.
CREATE FUNCTION network_edges_sql(vehicle text, box box2d) RETURNS text LANGUAGE sql STABLE AS $$
SELECT network_edges_sql(vehicle) || format(
    ' WHERE e.geom && ST_SetSRID(%L::box2d, 4326)', box::text)
$$;

-- As in 0017, with the edges bounded, and the start edge the lowest id of edges as near (as for buildings, below).
-- Nothing outside a box of (horizon − link time) × the vehicle's top speed around the point where the station
-- joins the network can be reached within the horizon (a path's length is at least the straight distance from
-- that point, and no edge is faster than the top speed), so every edge of a path within the horizon lies in
-- the box and the reach is the same as over the whole network.
CREATE OR REPLACE FUNCTION compute_station_reach(station bigint, vehicle text, horizon_seconds double precision, link_kmh double precision)
RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    edge bigint;
    fraction double precision;
    offset_seconds double precision;
    start_point geometry;
BEGIN
    DELETE FROM station_reach WHERE station_id = station;
    DELETE FROM station_reach_starts WHERE station_id = station;

    -- withPoints drops a point at an edge's very end, so the fraction keeps clear of 0 and 1.
    SELECT e.id, least(greatest(ST_LineLocatePoint(e.geom, s.geom), 1e-9), 1 - 1e-9), ST_Distance(e.geom::geography, s.geom::geography) / (link_kmh / 3.6),
           ST_ClosestPoint(e.geom, s.geom)
    INTO edge, fraction, offset_seconds, start_point
    FROM stations s
    CROSS JOIN LATERAL (
        SELECT n.id, n.geom FROM (
            SELECT e.id, e.geom, e.geom <-> s.geom AS d FROM network_edges e
            WHERE NOT (e.engine_blocked AND vehicle = 'engine')
            ORDER BY e.geom <-> s.geom LIMIT 8) n
        ORDER BY n.d, n.id LIMIT 1) e
    WHERE s.id = station;

    INSERT INTO station_reach_starts (station_id, vehicle, edge_id, fraction, offset_seconds, horizon_seconds)
    VALUES (station, vehicle, edge, fraction, coalesce(offset_seconds, 0), horizon_seconds);
    IF edge IS NULL OR offset_seconds > horizon_seconds THEN
        RETURN;
    END IF;

    INSERT INTO station_reach (station_id, node_id, seconds)
    SELECT station, d.node, min(offset_seconds + d.agg_cost)
    FROM pgr_withPointsDD(
        network_edges_sql(vehicle, network_reach_box(start_point, (horizon_seconds - offset_seconds) * network_top_kmh(vehicle) / 3.6)),
        format('SELECT 1 AS pid, %s::bigint AS edge_id, %s::float8 AS fraction', edge, fraction),
        -1, horizon_seconds - offset_seconds, true, 'b', false) d
    WHERE d.node > 0
    GROUP BY d.node;
END $$;

-- As in 0017, with ties broken: a point as far from two or more edges (a block's centre in a regular grid, a
-- point level with a junction) took whichever the index returned first, so two rebuilds of the same data could
-- give a building another edge and another time. The nearest few by the index, then the lowest id among the
-- nearest (a KNN scan cannot order by a second key itself; sorting them all would be a full scan per building).
CREATE OR REPLACE FUNCTION refresh_building_access(ids bigint[]) RETURNS void LANGUAGE sql AS $$
DELETE FROM network_building_access WHERE ids IS NULL OR building_id = ANY (ids);
INSERT INTO network_building_access
SELECT b.id, e.id, ST_LineLocatePoint(e.geom, b.p), ST_Distance(e.geom::geography, b.p::geography),
       r.id, ST_LineLocatePoint(r.geom, b.p), ST_Distance(r.geom::geography, b.p::geography)
FROM (SELECT id, ST_PointOnSurface(geom) AS p FROM buildings WHERE ids IS NULL OR id = ANY (ids)) b
CROSS JOIN LATERAL (
    SELECT n.id, n.lane_id, n.geom FROM (
        SELECT id, lane_id, geom, geom <-> b.p AS d FROM network_edges ORDER BY geom <-> b.p LIMIT 8) n
    ORDER BY n.d, n.id LIMIT 1) e
LEFT JOIN LATERAL (
    SELECT n.id, n.geom FROM (
        SELECT id, geom, geom <-> b.p AS d FROM network_edges WHERE lane_id IS NULL AND e.lane_id IS NOT NULL
        ORDER BY geom <-> b.p LIMIT 8) n
    ORDER BY n.d, n.id LIMIT 1) r ON true;
$$;
