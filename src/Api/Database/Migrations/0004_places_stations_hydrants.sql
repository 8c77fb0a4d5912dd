-- Gathering and special places, fire stations of every kind, and hydrants.
CREATE TABLE places (
    id                    bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    code                  text NOT NULL UNIQUE,
    name                  text NOT NULL,
    category              text NOT NULL CHECK (category IN
                              ('hotel', 'restaurant', 'market', 'mall', 'entertainment', 'school', 'hospital',
                               'elderly_care', 'epidemic_site', 'cultural_heritage', 'escape_room', 'express_delivery',
                               'logistics_warehouse', 'clean_room_factory', 'factory', 'warehouse', 'ebike_charging',
                               'energy_storage', 'group_rental', 'three_in_one')),
    address               text NOT NULL,
    community_id          bigint NOT NULL REFERENCES communities (id),
    compound_id           bigint REFERENCES compounds (id),
    building_id           bigint REFERENCES buildings (id),
    capacity              integer NOT NULL DEFAULT 0 CHECK (capacity >= 0),
    self_inspection_date  date,
    geom                  geometry(Point, 4326) NOT NULL,
    created_at            timestamptz NOT NULL DEFAULT now(),
    updated_at            timestamptz NOT NULL DEFAULT now(),
    version               integer NOT NULL DEFAULT 1
);
CREATE INDEX places_geom_idx ON places USING gist (geom);
CREATE INDEX places_geog_idx ON places USING gist ((geom::geography));
CREATE INDEX places_category_idx ON places (category);
CREATE TRIGGER places_touch BEFORE UPDATE ON places FOR EACH ROW EXECUTE FUNCTION touch_row();

CREATE TABLE stations (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    code          text NOT NULL UNIQUE,
    name          text NOT NULL,
    -- fire_station 消防救援站, micro_station 微型消防站, volunteer_team 志愿消防队
    kind          text NOT NULL CHECK (kind IN ('fire_station', 'micro_station', 'volunteer_team')),
    address       text NOT NULL,
    community_id  bigint REFERENCES communities (id),
    staff         integer NOT NULL DEFAULT 0 CHECK (staff >= 0),
    vehicles      integer NOT NULL DEFAULT 0 CHECK (vehicles >= 0),
    geom          geometry(Point, 4326) NOT NULL,
    created_at    timestamptz NOT NULL DEFAULT now(),
    updated_at    timestamptz NOT NULL DEFAULT now(),
    version       integer NOT NULL DEFAULT 1
);
CREATE INDEX stations_geom_idx ON stations USING gist (geom);
CREATE INDEX stations_geog_idx ON stations USING gist ((geom::geography));
CREATE TRIGGER stations_touch BEFORE UPDATE ON stations FOR EACH ROW EXECUTE FUNCTION touch_row();

CREATE TABLE hydrants (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    code        text NOT NULL UNIQUE,
    kind        text NOT NULL CHECK (kind IN ('above_ground', 'underground', 'wall')),
    status      text NOT NULL CHECK (status IN ('ok', 'fault')),
    address     text,
    geom        geometry(Point, 4326) NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now(),
    updated_at  timestamptz NOT NULL DEFAULT now(),
    version     integer NOT NULL DEFAULT 1
);
CREATE INDEX hydrants_geom_idx ON hydrants USING gist (geom);
CREATE INDEX hydrants_geog_idx ON hydrants USING gist ((geom::geography));
CREATE TRIGGER hydrants_touch BEFORE UPDATE ON hydrants FOR EACH ROW EXECUTE FUNCTION touch_row();
