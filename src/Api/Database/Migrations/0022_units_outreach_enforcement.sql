-- The campaign's registers of units (辖区单位/重点单位), outreach and training (宣传培训) and enforcement
-- (执法). Every record has a community (and a grid when its location lies in one), so reads and writes are
-- scoped like hazards; the location is a point, for the map layers.

CREATE TABLE units (
    id                    bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    code                  text NOT NULL UNIQUE,
    name                  text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    kind                  text NOT NULL CHECK (kind IN
                              ('enterprise', 'shop', 'school', 'hospital', 'elderly_care', 'hotel', 'restaurant', 'entertainment',
                               'market', 'factory', 'warehouse', 'office', 'other')),
    address               text NOT NULL DEFAULT '',
    is_key_unit           boolean NOT NULL DEFAULT false,
    -- 单位消防安全责任人、管理人: personal data (the personal rule; redacted in the audit log).
    responsible_name      text,
    responsible_phone     text,
    manager_name          text,
    manager_phone         text,
    -- 自知自查自改 and 公示承诺.
    self_inspected_on     date,
    commitment_signed_on  date,
    commitment_next_due   date,
    commitment_posted     boolean NOT NULL DEFAULT false,
    community_id          bigint NOT NULL REFERENCES communities (id),
    grid_id               bigint REFERENCES grids (id),
    geom                  geometry(Point, 4326) NOT NULL,
    created_at            timestamptz NOT NULL DEFAULT now(),
    updated_at            timestamptz NOT NULL DEFAULT now(),
    version               integer NOT NULL DEFAULT 1,
    CONSTRAINT units_commitment_due_after_signing CHECK (commitment_next_due IS NULL OR commitment_signed_on IS NULL
                                                          OR commitment_next_due >= commitment_signed_on)
);
CREATE INDEX units_geom_idx ON units USING gist (geom);
CREATE INDEX units_community_idx ON units (community_id);
CREATE TRIGGER units_touch BEFORE UPDATE ON units FOR EACH ROW EXECUTE FUNCTION touch_row();

-- The places and buildings a unit occupies: exactly one of the two per row.
CREATE TABLE unit_premises (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    unit_id      bigint NOT NULL REFERENCES units (id) ON DELETE CASCADE,
    building_id  bigint REFERENCES buildings (id),
    place_id     bigint REFERENCES places (id),
    CHECK (num_nonnulls(building_id, place_id) = 1),
    UNIQUE NULLS NOT DISTINCT (unit_id, building_id, place_id)
);
CREATE INDEX unit_premises_building_idx ON unit_premises (building_id);
CREATE INDEX unit_premises_place_idx ON unit_premises (place_id);

-- The eight kinds of key persons (八类人员) a unit has had trained: how many, and when last.
CREATE TABLE unit_trainings (
    unit_id     bigint NOT NULL REFERENCES units (id) ON DELETE CASCADE,
    kind        text NOT NULL CHECK (kind IN
                    ('responsible_person', 'manager', 'fire_staff', 'control_room_operator', 'security_guard', 'electrician',
                     'welder', 'hazardous_materials_worker')),
    people      integer NOT NULL CHECK (people >= 0),
    trained_on  date,
    PRIMARY KEY (unit_id, kind)
);

CREATE TABLE outreach_activities (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    code          text NOT NULL UNIQUE,
    kind          text NOT NULL CHECK (kind IN
                      ('into_community', 'into_school', 'into_enterprise', 'into_family', 'into_public_place', 'three_reminders',
                       'one_knows_three_cans', 'drill', 'station_open_day', 'publicity_point', 'lift_screen', 'outdoor_screen',
                       'grid_sms', 'online_learning')),
    held_on       date NOT NULL,
    title         text NOT NULL DEFAULT '',
    unit_id       bigint REFERENCES units (id),
    place_id      bigint REFERENCES places (id),
    venue         text NOT NULL DEFAULT '',
    audience      integer NOT NULL DEFAULT 0 CHECK (audience >= 0),
    note          text NOT NULL DEFAULT '',
    community_id  bigint NOT NULL REFERENCES communities (id),
    grid_id       bigint REFERENCES grids (id),
    -- Null for what has no place of its own (a grid's SMS, online sign-ups): it is then on no map layer.
    geom          geometry(Point, 4326),
    created_at    timestamptz NOT NULL DEFAULT now(),
    updated_at    timestamptz NOT NULL DEFAULT now(),
    version       integer NOT NULL DEFAULT 1
);
CREATE INDEX outreach_activities_geom_idx ON outreach_activities USING gist (geom);
CREATE INDEX outreach_activities_community_idx ON outreach_activities (community_id, kind, held_on);
CREATE INDEX outreach_activities_unit_idx ON outreach_activities (unit_id);
CREATE TRIGGER outreach_activities_touch BEFORE UPDATE ON outreach_activities FOR EACH ROW EXECUTE FUNCTION touch_row();

-- The seed's targets, the same for every community: at least `minimum` activities of `kind` per `basis`
-- (the community, each unit or key unit, each grid, each grid in each month) between the two dates.
CREATE TABLE outreach_targets (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    code         text NOT NULL UNIQUE CHECK (code ~ '^[A-Za-z0-9_-]{1,40}$'),
    kind         text NOT NULL CHECK (kind IN
                     ('into_community', 'into_school', 'into_enterprise', 'into_family', 'into_public_place', 'three_reminders',
                      'one_knows_three_cans', 'drill', 'station_open_day', 'publicity_point', 'lift_screen', 'outdoor_screen',
                      'grid_sms', 'online_learning')),
    basis        text NOT NULL CHECK (basis IN ('community', 'unit', 'key_unit', 'grid', 'grid_month')),
    minimum      integer NOT NULL CHECK (minimum >= 1),
    starts_on    date NOT NULL,
    ends_on      date NOT NULL,
    description  text NOT NULL DEFAULT '',
    created_at   timestamptz NOT NULL DEFAULT now(),
    updated_at   timestamptz NOT NULL DEFAULT now(),
    version      integer NOT NULL DEFAULT 1,
    CHECK (ends_on >= starts_on)
);
CREATE TRIGGER outreach_targets_touch BEFORE UPDATE ON outreach_targets FOR EACH ROW EXECUTE FUNCTION touch_row();

CREATE TABLE enforcement_cases (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    code          text NOT NULL UNIQUE,
    kind          text NOT NULL CHECK (kind IN
                      ('interview', 'rectification_order', 'sealing', 'closure', 'ban', 'transfer', 'blacklist', 'referral')),
    status        text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
    unit_id       bigint REFERENCES units (id),
    place_id      bigint REFERENCES places (id),
    -- The party as named in the case (当事单位), kept even when no unit record exists.
    party         text NOT NULL CHECK (length(party) BETWEEN 1 AND 200),
    description   text NOT NULL DEFAULT '',
    opened_on     date NOT NULL,
    deadline      date,
    department    text,
    closed_on     date,
    outcome       text,
    community_id  bigint NOT NULL REFERENCES communities (id),
    grid_id       bigint REFERENCES grids (id),
    geom          geometry(Point, 4326) NOT NULL,
    created_at    timestamptz NOT NULL DEFAULT now(),
    updated_at    timestamptz NOT NULL DEFAULT now(),
    version       integer NOT NULL DEFAULT 1,
    CHECK (deadline IS NULL OR deadline >= opened_on),
    CONSTRAINT enforcement_cases_closed_dated CHECK ((status = 'closed') = (closed_on IS NOT NULL)),
    CHECK (closed_on IS NULL OR closed_on >= opened_on)
);
CREATE INDEX enforcement_cases_geom_idx ON enforcement_cases USING gist (geom);
CREATE INDEX enforcement_cases_community_idx ON enforcement_cases (community_id, status);
CREATE TRIGGER enforcement_cases_touch BEFORE UPDATE ON enforcement_cases FOR EACH ROW EXECUTE FUNCTION touch_row();

CREATE TABLE enforcement_case_hazards (
    case_id    bigint NOT NULL REFERENCES enforcement_cases (id) ON DELETE CASCADE,
    hazard_id  bigint NOT NULL REFERENCES hazards (id),
    PRIMARY KEY (case_id, hazard_id)
);
CREATE INDEX enforcement_case_hazards_hazard_idx ON enforcement_case_hazards (hazard_id);
