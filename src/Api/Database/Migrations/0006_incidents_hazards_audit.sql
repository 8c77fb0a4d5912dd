-- Historic fires, the hazard workflow (发现 → 整改 → 销号) and the audit log of API changes.
CREATE TABLE incidents (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    code         text NOT NULL UNIQUE,
    occurred_at  timestamptz NOT NULL,
    cause        text NOT NULL CHECK (cause IN ('electrical', 'ebike', 'cooking', 'smoking', 'open_flame', 'arson', 'other')),
    building_id  bigint REFERENCES buildings (id),
    place_id     bigint REFERENCES places (id),
    casualties   integer NOT NULL DEFAULT 0 CHECK (casualties >= 0),
    loss_cny     numeric(14, 2) CHECK (loss_cny >= 0),
    description  text,
    geom         geometry(Point, 4326) NOT NULL,
    created_at   timestamptz NOT NULL DEFAULT now(),
    updated_at   timestamptz NOT NULL DEFAULT now(),
    version      integer NOT NULL DEFAULT 1
);
CREATE INDEX incidents_geom_idx ON incidents USING gist (geom);
CREATE INDEX incidents_geog_idx ON incidents USING gist ((geom::geography));
CREATE TRIGGER incidents_touch BEFORE UPDATE ON incidents FOR EACH ROW EXECUTE FUNCTION touch_row();

CREATE TABLE hazards (
    id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    code              text NOT NULL UNIQUE,
    subject_type      text NOT NULL CHECK (subject_type IN ('building', 'place', 'compound', 'fire_lane')),
    subject_id        bigint NOT NULL,
    category          text NOT NULL CHECK (category IN
                          ('blocked_exit', 'fire_lane_occupied', 'ebike_indoor_charging', 'electrical_wiring',
                           'extinguisher_missing', 'alarm_fault', 'sprinkler_fault', 'hydrant_fault', 'flammable_storage',
                           'group_rental', 'three_in_one', 'illegal_construction', 'other')),
    description       text NOT NULL,
    severity          text NOT NULL CHECK (severity IN ('general', 'major')),
    found_on          date NOT NULL,
    deadline          date NOT NULL CHECK (deadline >= found_on),
    responsible_unit  text NOT NULL,
    status            text NOT NULL CHECK (status IN ('found', 'rectifying', 'closed')),
    -- 挂牌督办: listed for supervision by the authority.
    supervised        boolean NOT NULL DEFAULT false,
    closed_at         timestamptz,
    closing_note      text,
    geom              geometry(Point, 4326) NOT NULL,
    created_at        timestamptz NOT NULL DEFAULT now(),
    updated_at        timestamptz NOT NULL DEFAULT now(),
    version           integer NOT NULL DEFAULT 1,
    CONSTRAINT hazards_closed_has_time CHECK ((status = 'closed') = (closed_at IS NOT NULL))
);
CREATE INDEX hazards_geom_idx ON hazards USING gist (geom);
CREATE INDEX hazards_subject_idx ON hazards (subject_type, subject_id);
CREATE INDEX hazards_open_deadline_idx ON hazards (deadline) WHERE status <> 'closed';
CREATE TRIGGER hazards_touch BEFORE UPDATE ON hazards FOR EACH ROW EXECUTE FUNCTION touch_row();

CREATE TABLE audit_log (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    occurred_at  timestamptz NOT NULL DEFAULT now(),
    actor        text NOT NULL,
    action       text NOT NULL,
    entity       text NOT NULL,
    entity_id    bigint,
    before       jsonb,
    after        jsonb
);
CREATE INDEX audit_log_entity_idx ON audit_log (entity, entity_id);
