-- The road network as a routable graph (pgRouting) and the drive-time reach of every station.
--
-- network_nodes / network_edges are derived from roads and fire lanes by rebuild_road_network():
-- roads are already noded at their junctions (an edge per road between junctions); a fire lane
-- joins the road nearest to its first point, which is split there, and the lane edge runs from
-- that point along the lane. Blockages do not change the graph: engine_blocked marks a lane edge
-- whose lane is blocked (fire_lane_states), which engines may not use while the blockage is active.
-- Costs are seconds: length over the speed of the edge's class for the vehicle (coverage_speeds,
-- written from configuration at start). One-way roads run in their digitised direction.

ALTER TABLE roads ADD COLUMN one_way boolean NOT NULL DEFAULT false;

-- Speeds per vehicle kind and edge class (km/h), copied from FireMap:Coverage:Speeds at start.
CREATE TABLE coverage_speeds (
    vehicle     text NOT NULL CHECK (vehicle IN ('engine', 'e_trike', 'foot')),
    edge_class  text NOT NULL CHECK (edge_class IN ('arterial', 'secondary', 'branch', 'alley', 'fire_lane')),
    kmh         double precision NOT NULL CHECK (kmh > 0),
    PRIMARY KEY (vehicle, edge_class)
);

CREATE TABLE network_nodes (
    id    bigint PRIMARY KEY,
    geom  geometry(Point, 4326) NOT NULL
);
CREATE INDEX network_nodes_geom_idx ON network_nodes USING gist (geom);

CREATE TABLE network_edges (
    id              bigint PRIMARY KEY,
    source          bigint NOT NULL,
    target          bigint NOT NULL,
    edge_class      text NOT NULL CHECK (edge_class IN ('arterial', 'secondary', 'branch', 'alley', 'fire_lane')),
    road_id         bigint,
    lane_id         bigint,
    one_way         boolean NOT NULL DEFAULT false,
    engine_blocked  boolean NOT NULL DEFAULT false,
    length_m        double precision NOT NULL,
    geom            geometry(LineString, 4326) NOT NULL
);
CREATE INDEX network_edges_geom_idx ON network_edges USING gist (geom);
CREATE INDEX network_edges_source_idx ON network_edges (source);
CREATE INDEX network_edges_target_idx ON network_edges (target);
CREATE INDEX network_edges_lane_idx ON network_edges (lane_id) WHERE lane_id IS NOT NULL;
-- Buildings blocked off a lane reach the road network instead: a KNN index over road edges only.
CREATE INDEX network_edges_road_geom_idx ON network_edges USING gist (geom) WHERE lane_id IS NULL;

-- Where each building meets the network: its nearest edge (any), and its nearest road edge for
-- engines when that edge is a lane (null when it is a road). fraction is the position along the edge (0 at source).
CREATE TABLE network_building_access (
    building_id     bigint PRIMARY KEY,
    edge_id         bigint NOT NULL,
    fraction        double precision NOT NULL,
    distance_m      double precision NOT NULL,
    road_edge_id    bigint,
    road_fraction   double precision,
    road_distance_m double precision
);

-- Drive time from each station to every node it reaches within the horizon, per station's vehicle.
CREATE TABLE station_reach (
    station_id  bigint NOT NULL,
    node_id     bigint NOT NULL,
    seconds     double precision NOT NULL,
    PRIMARY KEY (station_id, node_id)
);
CREATE INDEX station_reach_node_idx ON station_reach (node_id);

-- Which edge each station joins the network on, with which vehicle and how far (the horizon) it was computed.
CREATE TABLE station_reach_starts (
    station_id      bigint PRIMARY KEY,
    vehicle         text NOT NULL CHECK (vehicle IN ('engine', 'e_trike', 'foot')),
    edge_id         bigint,
    fraction        double precision,
    offset_seconds  double precision NOT NULL,
    horizon_seconds double precision NOT NULL,
    computed_at     timestamptz NOT NULL DEFAULT now()
);

-- The edge list pgRouting reads for one vehicle: costs in seconds, -1 where the vehicle may not
-- go (against a one-way road, or an engine on a blocked lane).
CREATE FUNCTION network_edges_sql(vehicle text) RETURNS text LANGUAGE sql STABLE AS $$
SELECT format(
    'SELECT e.id, e.source, e.target,
            CASE WHEN e.engine_blocked AND %L = ''engine'' THEN -1 ELSE e.length_m / (s.kmh / 3.6) END AS cost,
            CASE WHEN e.one_way OR (e.engine_blocked AND %L = ''engine'') THEN -1 ELSE e.length_m / (s.kmh / 3.6) END AS reverse_cost
     FROM network_edges e
     JOIN coverage_speeds s ON s.vehicle = %L AND s.edge_class = e.edge_class',
    vehicle, vehicle, vehicle)
$$;

-- Rebuilds nodes, edges and building access from roads, fire lanes and blockages. Small enough on a
-- sub-district to run whole whenever roads or lanes change; blockages only flip engine_blocked.
CREATE FUNCTION rebuild_road_network(max_link_m double precision) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    TRUNCATE network_nodes, network_edges, network_building_access;

    CREATE TEMP TABLE lane_links ON COMMIT DROP AS
    SELECT l.id AS lane_id, r.id AS road_id,
           ST_LineLocatePoint(r.geom, ST_StartPoint(l.geom)) AS fraction, l.geom
    FROM fire_lanes l
    CROSS JOIN LATERAL (
        SELECT r.id, r.geom FROM roads r
        WHERE ST_DWithin(r.geom::geography, ST_StartPoint(l.geom)::geography, max_link_m)
        ORDER BY r.geom <-> ST_StartPoint(l.geom)
        LIMIT 1) r;

    -- Road pieces between junctions and lane links.
    CREATE TEMP TABLE pieces ON COMMIT DROP AS
    WITH cuts AS (
        SELECT id AS road_id, 0::double precision AS f FROM roads
        UNION SELECT id, 1 FROM roads
        UNION SELECT road_id, fraction FROM lane_links
    ), spans AS (
        SELECT road_id, f AS f0, lead(f) OVER (PARTITION BY road_id ORDER BY f) AS f1 FROM cuts
    )
    SELECT r.id AS road_id, NULL::bigint AS lane_id, r.road_class AS edge_class, r.one_way,
           ST_LineSubstring(r.geom, s.f0, s.f1) AS geom
    FROM spans s JOIN roads r ON r.id = s.road_id
    WHERE s.f1 IS NOT NULL AND s.f1 > s.f0
    UNION ALL
    SELECT NULL, k.lane_id, 'fire_lane', false,
           ST_MakeLine(ST_LineInterpolatePoint(r.geom, k.fraction), k.geom)
    FROM lane_links k JOIN roads r ON r.id = k.road_id;

    INSERT INTO network_nodes (id, geom)
    SELECT row_number() OVER (ORDER BY p), p
    FROM (SELECT DISTINCT ST_SnapToGrid(ST_StartPoint(geom), 1e-7) AS p FROM pieces
          UNION SELECT ST_SnapToGrid(ST_EndPoint(geom), 1e-7) FROM pieces) n;

    INSERT INTO network_edges (id, source, target, edge_class, road_id, lane_id, one_way, engine_blocked, length_m, geom)
    SELECT row_number() OVER (ORDER BY p.road_id, p.lane_id, ST_StartPoint(p.geom)),
           s.id, t.id, p.edge_class, p.road_id, p.lane_id, p.one_way,
           coalesce(st.status = 'blocked', false), ST_Length(p.geom::geography), p.geom
    FROM pieces p
    JOIN network_nodes s ON s.geom = ST_SnapToGrid(ST_StartPoint(p.geom), 1e-7)
    JOIN network_nodes t ON t.geom = ST_SnapToGrid(ST_EndPoint(p.geom), 1e-7)
    LEFT JOIN fire_lane_states st ON st.lane_id = p.lane_id
    WHERE ST_Length(p.geom::geography) > 0;

    ANALYZE network_nodes;
    ANALYZE network_edges;
    PERFORM refresh_building_access(NULL);
END $$;

-- Where buildings meet the network (all buildings when ids is null).
CREATE FUNCTION refresh_building_access(ids bigint[]) RETURNS void LANGUAGE sql AS $$
DELETE FROM network_building_access WHERE ids IS NULL OR building_id = ANY (ids);
INSERT INTO network_building_access
SELECT b.id, e.id, ST_LineLocatePoint(e.geom, b.p), ST_Distance(e.geom::geography, b.p::geography),
       r.id, ST_LineLocatePoint(r.geom, b.p), ST_Distance(r.geom::geography, b.p::geography)
FROM (SELECT id, ST_PointOnSurface(geom) AS p FROM buildings WHERE ids IS NULL OR id = ANY (ids)) b
CROSS JOIN LATERAL (SELECT id, lane_id, geom FROM network_edges ORDER BY geom <-> b.p LIMIT 1) e
LEFT JOIN LATERAL (SELECT id, geom FROM network_edges WHERE lane_id IS NULL AND e.lane_id IS NOT NULL
                   ORDER BY geom <-> b.p LIMIT 1) r ON true;
$$;

-- The drive time from one station to every node within horizon_seconds, for its vehicle. The
-- station joins the nearest edge its vehicle may use at the point nearest to it (pgRouting's
-- withPoints), after a link from the station to that point at link_kmh (the yard and the gate).
CREATE FUNCTION compute_station_reach(station bigint, vehicle text, horizon_seconds double precision, link_kmh double precision)
RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    edge bigint;
    fraction double precision;
    offset_seconds double precision;
BEGIN
    DELETE FROM station_reach WHERE station_id = station;
    DELETE FROM station_reach_starts WHERE station_id = station;

    -- withPoints drops a point at an edge's very end, so the fraction keeps clear of 0 and 1.
    SELECT e.id, least(greatest(ST_LineLocatePoint(e.geom, s.geom), 1e-9), 1 - 1e-9), ST_Distance(e.geom::geography, s.geom::geography) / (link_kmh / 3.6)
    INTO edge, fraction, offset_seconds
    FROM stations s
    CROSS JOIN LATERAL (
        SELECT e.id, e.geom FROM network_edges e
        WHERE NOT (e.engine_blocked AND vehicle = 'engine')
        ORDER BY e.geom <-> s.geom LIMIT 1) e
    WHERE s.id = station;

    INSERT INTO station_reach_starts (station_id, vehicle, edge_id, fraction, offset_seconds, horizon_seconds)
    VALUES (station, vehicle, edge, fraction, coalesce(offset_seconds, 0), horizon_seconds);
    IF edge IS NULL OR offset_seconds > horizon_seconds THEN
        RETURN;
    END IF;

    INSERT INTO station_reach (station_id, node_id, seconds)
    SELECT station, d.node, min(offset_seconds + d.agg_cost)
    FROM pgr_withPointsDD(
        network_edges_sql(vehicle),
        format('SELECT 1 AS pid, %s::bigint AS edge_id, %s::float8 AS fraction', edge, fraction),
        -1, horizon_seconds - offset_seconds, true, 'b', false) d
    WHERE d.node > 0
    GROUP BY d.node;
END $$;
