-- Field work: inspections against configured checklists, the register of vulnerable residents and the
-- door-knock visits to them (敲门行动). Inspections and visits are records of fact, never updated; the
-- register is kept with a version like the other mutable tables.

CREATE TABLE inspections (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    subject_type    text NOT NULL CHECK (subject_type IN ('building', 'place', 'compound', 'fire_lane')),
    subject_id      bigint NOT NULL,
    kind            text NOT NULL CHECK (kind IN ('routine', 'look_back', 'rolling', 'unannounced', 'joint')),
    inspected_at    timestamptz NOT NULL,
    -- NULL for imported (demo) inspections, whose inspector has no account; the name always stays.
    inspector_id    bigint REFERENCES users (id),
    inspector_name  text NOT NULL,
    checklist_code  text NOT NULL,
    notes           text,
    community_id    bigint NOT NULL REFERENCES communities (id),
    grid_id         bigint REFERENCES grids (id),
    created_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX inspections_subject_idx ON inspections (subject_type, subject_id, inspected_at);
CREATE INDEX inspections_community_idx ON inspections (community_id, inspected_at);

CREATE TABLE inspection_items (
    inspection_id  bigint NOT NULL REFERENCES inspections (id) ON DELETE CASCADE,
    position       integer NOT NULL,
    code           text NOT NULL,
    result         text NOT NULL CHECK (result IN ('pass', 'fail', 'not_applicable')),
    note           text,
    -- The hazard this failed item raised through the hazard workflow.
    hazard_id      bigint UNIQUE REFERENCES hazards (id),
    PRIMARY KEY (inspection_id, code),
    CONSTRAINT inspection_items_hazard_on_fail CHECK (hazard_id IS NULL OR result = 'fail')
);

CREATE TABLE vulnerable_residents (
    id                    bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    -- Personal columns carry names of their own, so the audit redaction (AuditRedaction.PersonalColumns,
    -- which applies to every table) masks these and not, say, a compound's name or address.
    resident_name         text NOT NULL,
    category              text NOT NULL CHECK (category IN ('elderly_alone', 'disabled', 'left_behind', 'other')),
    home_address          text NOT NULL,
    building_id           bigint NOT NULL REFERENCES buildings (id),
    resident_phone        text,
    contact_person        text,
    contact_phone         text,
    visit_frequency_days  integer NOT NULL DEFAULT 7 CHECK (visit_frequency_days BETWEEN 1 AND 90),
    registered_on         date NOT NULL,
    care_notes            text,
    created_at            timestamptz NOT NULL DEFAULT now(),
    updated_at            timestamptz NOT NULL DEFAULT now(),
    version               integer NOT NULL DEFAULT 1
);
CREATE INDEX vulnerable_residents_building_idx ON vulnerable_residents (building_id);
CREATE TRIGGER vulnerable_residents_touch BEFORE UPDATE ON vulnerable_residents FOR EACH ROW EXECUTE FUNCTION touch_row();

CREATE TABLE visits (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    resident_id    bigint NOT NULL REFERENCES vulnerable_residents (id) ON DELETE CASCADE,
    visited_at     timestamptz NOT NULL,
    visitor_id     bigint REFERENCES users (id),
    visitor_name   text NOT NULL,
    notes          text,
    hazard_id      bigint UNIQUE REFERENCES hazards (id),
    created_at     timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX visits_resident_idx ON visits (resident_id, visited_at DESC);

CREATE TABLE visit_checks (
    visit_id  bigint NOT NULL REFERENCES visits (id) ON DELETE CASCADE,
    item      text NOT NULL CHECK (item IN ('gas_stove', 'wiring', 'ebike_charging', 'smoke_alarm', 'escape_route')),
    result    text NOT NULL CHECK (result IN ('pass', 'fail', 'not_applicable')),
    note      text,
    PRIMARY KEY (visit_id, item)
);

-- The residents' due dates in one place: the last visit's China-time date (else the registration
-- date) plus the frequency. Overdue is decided against today's China-time date by the readers.
CREATE VIEW vulnerable_resident_due AS
SELECT r.id AS resident_id, b.community_id, x.grid_id, v.last_visit_at,
       COALESCE((v.last_visit_at AT TIME ZONE 'Asia/Shanghai')::date, r.registered_on) + r.visit_frequency_days AS next_visit_due
FROM vulnerable_residents r
JOIN buildings b ON b.id = r.building_id
LEFT JOIN compounds x ON x.id = b.compound_id
LEFT JOIN LATERAL (SELECT max(visited_at) AS last_visit_at FROM visits WHERE resident_id = r.id) v ON true;
