-- The campaign calendar: campaigns with their phases and entered deadlines (the deadlines that follow
-- from the calendar — phase ends, the monthly report days — are derived, not stored), and the periods of
-- raised fire risk that the risk model reads.
CREATE TABLE campaigns (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    code         text NOT NULL UNIQUE CHECK (code ~ '^[a-z0-9][a-z0-9_-]{0,39}$'),
    name         text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    description  text NOT NULL DEFAULT '' CHECK (length(description) <= 4000),
    starts_on    date NOT NULL,
    ends_on      date NOT NULL,
    -- Each community reports its month by this day (the seed plan: the 20th).
    report_day   smallint NOT NULL DEFAULT 20 CHECK (report_day BETWEEN 1 AND 28),
    -- [{name, startsOn, endsOn, due}] and [{kind, name, dueOn}]: small, always read and replaced whole.
    phases       jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(phases) = 'array'),
    deadlines    jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(deadlines) = 'array'),
    updated_by   text,
    created_at   timestamptz NOT NULL DEFAULT now(),
    updated_at   timestamptz NOT NULL DEFAULT now(),
    version      integer NOT NULL DEFAULT 1,
    CHECK (ends_on >= starts_on)
);
CREATE TRIGGER campaigns_touch BEFORE UPDATE ON campaigns FOR EACH ROW EXECUTE FUNCTION touch_row();

-- Holidays and major events that raise likelihood in the risk model (docs/risk-model.md). Seeded once
-- from the model file's holiday_periods; from then on managed here.
CREATE TABLE risk_periods (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name        text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    kind        text NOT NULL CHECK (kind IN ('holiday', 'major_event')),
    starts_on   date NOT NULL,
    ends_on     date NOT NULL,
    factor      numeric(4, 2) NOT NULL CHECK (factor >= 1 AND factor <= 3),
    updated_by  text,
    created_at  timestamptz NOT NULL DEFAULT now(),
    updated_at  timestamptz NOT NULL DEFAULT now(),
    version     integer NOT NULL DEFAULT 1,
    CHECK (ends_on >= starts_on)
);
CREATE TRIGGER risk_periods_touch BEFORE UPDATE ON risk_periods FOR EACH ROW EXECUTE FUNCTION touch_row();

-- Every configuration the risk model has run with: the model file's version with one set of periods.
-- The file's own periods keep the file's version; each other set gets the next ".n" after it, the same
-- on every instance because the set's hash finds its row.
CREATE TABLE risk_model_versions (
    version       text PRIMARY KEY,
    base_version  text NOT NULL,
    periods_hash  text NOT NULL,
    periods       jsonb NOT NULL,
    created_at    timestamptz NOT NULL DEFAULT now(),
    UNIQUE (base_version, periods_hash)
);

ALTER TABLE risk_runs DROP CONSTRAINT risk_runs_trigger_check;
ALTER TABLE risk_runs ADD CONSTRAINT risk_runs_trigger_check
    CHECK (trigger IN ('startup', 'daily', 'request', 'import', 'configuration'));
