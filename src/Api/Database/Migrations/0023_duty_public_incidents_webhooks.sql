-- Registers of issue 19, part B: duty and readiness, public reports (有奖举报), incident entry and
-- the outgoing webhooks that let a city's grid-governance platform follow record events.

-- The sub-district's full-time brigade (街道专职消防队) is a fire-fighting force of its own kind.
ALTER TABLE stations DROP CONSTRAINT stations_kind_check;
ALTER TABLE stations ADD CONSTRAINT stations_kind_check
    CHECK (kind IN ('fire_station', 'micro_station', 'volunteer_team', 'subdistrict_brigade'));

-- Duty rosters for holidays and major events: a post (night patrol, on-site watch, stationing) over a
-- place or an event venue, for a run of days, with the number of people posted each day.
CREATE TABLE duty_rosters (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kind          text NOT NULL CHECK (kind IN ('night_patrol', 'onsite_watch', 'stationing')),
    title         text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
    community_id  bigint NOT NULL REFERENCES communities (id),
    place_id      bigint REFERENCES places (id),
    venue_id      bigint,
    starts_on     date NOT NULL,
    ends_on       date NOT NULL,
    posts         integer NOT NULL CHECK (posts BETWEEN 1 AND 1000),
    leader        text CHECK (length(leader) <= 100),
    note          text CHECK (length(note) <= 1000),
    updated_by    text,
    created_at    timestamptz NOT NULL DEFAULT now(),
    updated_at    timestamptz NOT NULL DEFAULT now(),
    version       integer NOT NULL DEFAULT 1,
    CHECK (ends_on >= starts_on)
);
CREATE INDEX duty_rosters_days ON duty_rosters (starts_on, ends_on);
CREATE TRIGGER duty_rosters_touch BEFORE UPDATE ON duty_rosters FOR EACH ROW EXECUTE FUNCTION touch_row();

-- Venues of major events with their inspection before the event and the risk assessment.
CREATE TABLE event_venues (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    event_name      text NOT NULL CHECK (length(event_name) BETWEEN 1 AND 200),
    venue_name      text NOT NULL CHECK (length(venue_name) BETWEEN 1 AND 200),
    community_id    bigint NOT NULL REFERENCES communities (id),
    place_id        bigint REFERENCES places (id),
    starts_on       date NOT NULL,
    ends_on         date NOT NULL,
    inspected_on    date,
    risk_level      text CHECK (risk_level IN ('low', 'general', 'significant', 'major')),
    assessment      text CHECK (length(assessment) <= 2000),
    geom            geometry(Point, 4326) NOT NULL,
    updated_by      text,
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now(),
    version         integer NOT NULL DEFAULT 1,
    CHECK (ends_on >= starts_on)
);
CREATE INDEX event_venues_geom_idx ON event_venues USING gist (geom);
CREATE TRIGGER event_venues_touch BEFORE UPDATE ON event_venues FOR EACH ROW EXECUTE FUNCTION touch_row();
ALTER TABLE duty_rosters ADD CONSTRAINT duty_rosters_venue_fk FOREIGN KEY (venue_id) REFERENCES event_venues (id);

-- Readiness checks of micro fire stations and the sub-district brigade.
CREATE TABLE readiness_checks (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    station_id       bigint NOT NULL REFERENCES stations (id),
    checked_on       date NOT NULL,
    equipment_ok     boolean NOT NULL,
    staff_on_duty    integer NOT NULL CHECK (staff_on_duty BETWEEN 0 AND 500),
    drill_done       boolean NOT NULL,
    joint_training   boolean NOT NULL,
    note             text CHECK (length(note) <= 1000),
    checked_by       text NOT NULL,
    created_at       timestamptz NOT NULL DEFAULT now(),
    updated_at       timestamptz NOT NULL DEFAULT now(),
    version          integer NOT NULL DEFAULT 1
);
CREATE INDEX readiness_checks_station ON readiness_checks (station_id, checked_on);
CREATE TRIGGER readiness_checks_touch BEFORE UPDATE ON readiness_checks FOR EACH ROW EXECUTE FUNCTION touch_row();

-- Reports from the public (有奖举报), sent without an account. The tracking code is the reporter's only
-- handle; nothing identifying the reporter is kept, only a salted hash of the client address for abuse review.
CREATE TABLE public_reports (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tracking_code   text NOT NULL UNIQUE CHECK (tracking_code ~ '^[A-Z0-9]{12}$'),
    description     text NOT NULL CHECK (length(description) BETWEEN 5 AND 1000),
    geom            geometry(Point, 4326) NOT NULL,
    community_id    bigint REFERENCES communities (id),
    grid_id         bigint REFERENCES grids (id),
    -- The checked photo (metadata stripped, display size), when one was sent.
    photo           bytea,
    client_hash     text NOT NULL,
    status          text NOT NULL DEFAULT 'received' CHECK (status IN ('received', 'converted', 'dismissed')),
    hazard_id       bigint REFERENCES hazards (id),
    dismiss_reason  text CHECK (length(dismiss_reason) <= 500),
    handled_by      text,
    handled_at      timestamptz,
    reward_cny      numeric(10, 2) CHECK (reward_cny >= 0),
    rewarded_at     timestamptz,
    rewarded_by     text,
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now(),
    version         integer NOT NULL DEFAULT 1,
    CHECK ((status = 'converted') = (hazard_id IS NOT NULL)),
    CHECK ((status = 'dismissed') = (dismiss_reason IS NOT NULL)),
    CHECK (reward_cny IS NULL OR status = 'converted')
);
CREATE INDEX public_reports_queue ON public_reports (status, id);
CREATE INDEX public_reports_geom_idx ON public_reports USING gist (geom);
CREATE TRIGGER public_reports_touch BEFORE UPDATE ON public_reports FOR EACH ROW EXECUTE FUNCTION touch_row();

-- Incidents entered through the API are audited like any record; who entered them is kept.
ALTER TABLE incidents ADD COLUMN updated_by text;

-- The record-event outbox: a change writes its event in its own transaction; the webhook dispatcher
-- fans each event out to the subscriptions wanting its kind.
CREATE TABLE record_events (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kind         text NOT NULL CHECK (kind IN ('hazard_created', 'hazard_closed', 'report_submitted', 'blockage_reported', 'blockage_cleared')),
    entity_id    bigint NOT NULL,
    payload      jsonb NOT NULL,
    occurred_at  timestamptz NOT NULL DEFAULT now(),
    fanned_out   boolean NOT NULL DEFAULT false
);
CREATE INDEX record_events_pending ON record_events (id) WHERE NOT fanned_out;

CREATE TABLE webhook_subscriptions (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name         text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    url          text NOT NULL CHECK (url ~ '^https?://' AND length(url) <= 2000),
    secret       text NOT NULL CHECK (length(secret) BETWEEN 16 AND 200),
    -- Event kinds wanted; the API checks each against the vocabulary.
    event_kinds  text[] NOT NULL CHECK (cardinality(event_kinds) > 0),
    active       boolean NOT NULL DEFAULT true,
    updated_by   text,
    created_at   timestamptz NOT NULL DEFAULT now(),
    updated_at   timestamptz NOT NULL DEFAULT now(),
    version      integer NOT NULL DEFAULT 1
);
CREATE TRIGGER webhook_subscriptions_touch BEFORE UPDATE ON webhook_subscriptions FOR EACH ROW EXECUTE FUNCTION touch_row();

-- One delivery of one event to one subscription, retried with back-off. An instance claims due
-- deliveries with FOR UPDATE SKIP LOCKED and leases them, so each attempt is made by one instance.
CREATE TABLE webhook_deliveries (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    subscription_id  bigint NOT NULL REFERENCES webhook_subscriptions (id) ON DELETE CASCADE,
    event_id         bigint NOT NULL REFERENCES record_events (id),
    status           text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'delivered', 'failed')),
    attempts         integer NOT NULL DEFAULT 0,
    next_attempt_at  timestamptz NOT NULL DEFAULT now(),
    leased_until     timestamptz,
    last_status      integer,
    last_error       text,
    delivered_at     timestamptz,
    created_at       timestamptz NOT NULL DEFAULT now(),
    UNIQUE (subscription_id, event_id)
);
CREATE INDEX webhook_deliveries_due ON webhook_deliveries (next_attempt_at) WHERE status = 'pending';
