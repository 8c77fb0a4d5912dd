-- Residential compounds (小区) and building footprints.
CREATE TABLE compounds (
    id                        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    code                      text NOT NULL UNIQUE,
    name                      text NOT NULL,
    aliases                   text[] NOT NULL DEFAULT '{}',
    address                   text NOT NULL,
    community_id              bigint NOT NULL REFERENCES communities (id),
    grid_id                   bigint REFERENCES grids (id),
    built_year                integer CHECK (built_year BETWEEN 1900 AND 2100),
    -- NULL means the compound has no property management (无物业), a risk factor of its own.
    property_management_unit  text,
    maintenance_unit          text,
    is_old                    boolean NOT NULL DEFAULT false,
    geom                      geometry(MultiPolygon, 4326) NOT NULL,
    created_at                timestamptz NOT NULL DEFAULT now(),
    updated_at                timestamptz NOT NULL DEFAULT now(),
    version                   integer NOT NULL DEFAULT 1
);
CREATE INDEX compounds_geom_idx ON compounds USING gist (geom);
CREATE INDEX compounds_community_idx ON compounds (community_id);
CREATE TRIGGER compounds_touch BEFORE UPDATE ON compounds FOR EACH ROW EXECUTE FUNCTION touch_row();

CREATE TABLE buildings (
    id                    bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    code                  text NOT NULL UNIQUE,
    name                  text NOT NULL,
    compound_id           bigint REFERENCES compounds (id),
    community_id          bigint NOT NULL REFERENCES communities (id),
    building_no           text,
    address               text NOT NULL,
    floors                integer NOT NULL CHECK (floors BETWEEN 1 AND 200),
    height_m              numeric(6, 2) NOT NULL CHECK (height_m > 0),
    use_class             text NOT NULL CHECK (use_class IN
                              ('residential', 'office', 'commercial', 'mixed', 'industrial', 'warehouse', 'public', 'other')),
    -- GB 50016: a residential building over 27 m, or any other building over 24 m, is high-rise.
    is_high_rise          boolean GENERATED ALWAYS AS
                              (CASE WHEN use_class = 'residential' THEN height_m > 27 ELSE height_m > 24 END) STORED,
    built_year            integer CHECK (built_year BETWEEN 1800 AND 2100),
    management_unit       text,
    maintenance_unit      text,
    -- Personal data of the building chief (楼栋长): stored, never exposed until roles exist.
    chief_name            text,
    chief_phone           text,
    alarm_system          text NOT NULL CHECK (alarm_system IN ('ok', 'fault', 'absent')),
    smoke_control_system  text NOT NULL CHECK (smoke_control_system IN ('ok', 'fault', 'absent')),
    sprinkler_system      text NOT NULL CHECK (sprinkler_system IN ('ok', 'fault', 'absent')),
    hydrant_system        text NOT NULL CHECK (hydrant_system IN ('ok', 'fault', 'absent')),
    changed_use           boolean NOT NULL DEFAULT false,
    mixed_use             boolean NOT NULL DEFAULT false,
    occupants             integer NOT NULL DEFAULT 0 CHECK (occupants >= 0),
    geom                  geometry(MultiPolygon, 4326) NOT NULL,
    created_at            timestamptz NOT NULL DEFAULT now(),
    updated_at            timestamptz NOT NULL DEFAULT now(),
    version               integer NOT NULL DEFAULT 1
);
CREATE INDEX buildings_geom_idx ON buildings USING gist (geom);
-- Radius queries measure in metres through geography; the index must match that exact expression.
CREATE INDEX buildings_geog_idx ON buildings USING gist ((geom::geography));
CREATE INDEX buildings_compound_idx ON buildings (compound_id);
CREATE INDEX buildings_community_idx ON buildings (community_id);
CREATE TRIGGER buildings_touch BEFORE UPDATE ON buildings FOR EACH ROW EXECUTE FUNCTION touch_row();
