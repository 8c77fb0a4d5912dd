-- Operations (docs/operations.md): scheduled jobs and the runs of risk scores kept past retention.

-- One row per run of a named job. A scheduled run is claimed by inserting its (job, slot) row: the
-- unique key lets exactly one instance win when several serve the same database; a run on request
-- takes its start time as its slot. A failed run stays here as the administrator's alert until a
-- later run of the same job succeeds.
CREATE TABLE job_runs (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    job          text NOT NULL,
    slot         timestamptz NOT NULL,
    trigger      text NOT NULL CHECK (trigger IN ('schedule', 'request')),
    started_at   timestamptz NOT NULL DEFAULT now(),
    finished_at  timestamptz,
    outcome      text NOT NULL DEFAULT 'running' CHECK (outcome IN ('running', 'succeeded', 'failed', 'abandoned')),
    message      text,
    -- Host name and process id of the instance that ran it.
    instance     text NOT NULL,
    actor        text NOT NULL,
    created_at   timestamptz NOT NULL DEFAULT now(),
    updated_at   timestamptz NOT NULL DEFAULT now(),
    version      integer NOT NULL DEFAULT 1,
    CONSTRAINT job_runs_job_slot_key UNIQUE (job, slot)
);
CREATE TRIGGER job_runs_touch BEFORE UPDATE ON job_runs FOR EACH ROW EXECUTE FUNCTION touch_row();
-- The recent runs of the admin page and each job's latest outcome.
CREATE INDEX job_runs_started_idx ON job_runs (started_at DESC);
CREATE INDEX job_runs_job_started_idx ON job_runs (job, started_at DESC);

-- A run that must outlive retention (daily runs are kept for a period, then one per month): a
-- submitted monthly report pins the run it cites by setting kept_reason (e.g. 'report:2026-12:500104002001').
ALTER TABLE risk_runs ADD COLUMN kept_reason text;
