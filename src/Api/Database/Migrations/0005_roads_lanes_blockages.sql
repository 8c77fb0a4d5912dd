-- The road network (edges between junctions), compound fire lanes and their blockages.
CREATE TABLE roads (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    code        text NOT NULL UNIQUE,
    name        text NOT NULL,
    road_class  text NOT NULL CHECK (road_class IN ('arterial', 'secondary', 'branch', 'alley')),
    width_m     numeric(5, 2) CHECK (width_m > 0),
    geom        geometry(LineString, 4326) NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now(),
    updated_at  timestamptz NOT NULL DEFAULT now(),
    version     integer NOT NULL DEFAULT 1
);
CREATE INDEX roads_geom_idx ON roads USING gist (geom);
CREATE TRIGGER roads_touch BEFORE UPDATE ON roads FOR EACH ROW EXECUTE FUNCTION touch_row();

CREATE TABLE fire_lanes (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    code            text NOT NULL UNIQUE,
    name            text,
    compound_id     bigint NOT NULL REFERENCES compounds (id),
    -- GB 50016 asks a fire lane for at least 4 m clear width and 4 m clear height.
    clear_width_m   numeric(5, 2) NOT NULL CHECK (clear_width_m > 0),
    clear_height_m  numeric(5, 2) NOT NULL CHECK (clear_height_m > 0),
    geom            geometry(LineString, 4326) NOT NULL,
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now(),
    version         integer NOT NULL DEFAULT 1
);
CREATE INDEX fire_lanes_geom_idx ON fire_lanes USING gist (geom);
CREATE INDEX fire_lanes_geog_idx ON fire_lanes USING gist ((geom::geography));
CREATE INDEX fire_lanes_compound_idx ON fire_lanes (compound_id);
CREATE TRIGGER fire_lanes_touch BEFORE UPDATE ON fire_lanes FOR EACH ROW EXECUTE FUNCTION touch_row();

CREATE TABLE blockages (
    id                 bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    code               text NOT NULL UNIQUE,
    lane_id            bigint NOT NULL REFERENCES fire_lanes (id),
    cause              text NOT NULL CHECK (cause IN
                           ('parked_car', 'ebike', 'stall', 'piled_goods', 'fixed_barrier', 'overhead_cable', 'construction', 'other')),
    remaining_width_m  numeric(5, 2) NOT NULL CHECK (remaining_width_m >= 0),
    reported_at        timestamptz NOT NULL,
    cleared_at         timestamptz CHECK (cleared_at IS NULL OR cleared_at >= reported_at),
    note               text,
    geom               geometry(Point, 4326) NOT NULL,
    created_at         timestamptz NOT NULL DEFAULT now(),
    updated_at         timestamptz NOT NULL DEFAULT now(),
    version            integer NOT NULL DEFAULT 1
);
CREATE INDEX blockages_geom_idx ON blockages USING gist (geom);
CREATE INDEX blockages_lane_idx ON blockages (lane_id);
CREATE INDEX blockages_active_idx ON blockages (lane_id) WHERE cleared_at IS NULL;
CREATE TRIGGER blockages_touch BEFORE UPDATE ON blockages FOR EACH ROW EXECUTE FUNCTION touch_row();
