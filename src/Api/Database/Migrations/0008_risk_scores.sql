-- Fire-risk scores with history (docs/risk-model.md). A run is one (model version, as-of date); it
-- holds the score of every compound and building. Re-running the same (version, as-of) keeps the run
-- row and id and replaces its scores in one transaction, so history has one picture per date.
CREATE TABLE risk_runs (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    model_version   text NOT NULL,
    as_of           date NOT NULL,
    computed_at     timestamptz NOT NULL,
    compound_count  integer NOT NULL CHECK (compound_count >= 0),
    building_count  integer NOT NULL CHECK (building_count >= 0),
    -- Wall-clock milliseconds of the whole recompute and of its three parts.
    duration_ms     integer NOT NULL CHECK (duration_ms >= 0),
    gather_ms       integer NOT NULL CHECK (gather_ms >= 0),
    score_ms        integer NOT NULL CHECK (score_ms >= 0),
    store_ms        integer NOT NULL CHECK (store_ms >= 0),
    -- What started it: start-up, the daily refresh, a recomputeRisk request, or an import.
    trigger         text NOT NULL CHECK (trigger IN ('startup', 'daily', 'request', 'import')),
    actor           text NOT NULL,
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now(),
    version         integer NOT NULL DEFAULT 1,
    CONSTRAINT risk_runs_version_as_of_key UNIQUE (model_version, as_of)
);
CREATE TRIGGER risk_runs_touch BEFORE UPDATE ON risk_runs FOR EACH ROW EXECUTE FUNCTION touch_row();

-- Scores, partitioned by run: each run's rows are one partition, written whole (binary COPY into a new
-- table, indexes built once, then attached) and replaced whole (the old partition dropped in the same
-- transaction), which is several times faster for a city's million buildings than deleting and
-- re-inserting rows under live indexes, and leaves no dead rows. A change to one compound rewrites its
-- rows inside the run's partition. computed_at is when a row was written. No foreign keys: a run's
-- partitions go with it, and history outlives the compounds and buildings it describes.
CREATE TABLE compound_risk_scores (
    run_id               bigint NOT NULL,
    compound_id          bigint NOT NULL,
    score                double precision NOT NULL CHECK (score BETWEEN 0 AND 100),
    level                text NOT NULL CHECK (level IN ('low', 'general', 'significant', 'major')),
    -- The buildings' likelihood and consequence combined like the score (w × worst + (1 − w) × mean);
    -- NULL for a compound without buildings.
    likelihood           double precision,
    consequence          double precision,
    max_building_score   double precision NOT NULL,
    mean_building_score  double precision NOT NULL,
    building_count       integer NOT NULL CHECK (building_count >= 0),
    -- Keyed by factor: {"open_hazards": [points, score], ...}; factors with neither left out.
    contributions        jsonb NOT NULL,
    computed_at          timestamptz NOT NULL,
    PRIMARY KEY (run_id, compound_id)
) PARTITION BY LIST (run_id);
-- Ranking within a run (each partition is one run): score descending, id as the tie-break, as the queries order.
CREATE INDEX compound_risk_scores_rank_idx ON compound_risk_scores (score DESC, compound_id);
-- History of one compound across runs.
CREATE INDEX compound_risk_scores_compound_idx ON compound_risk_scores (compound_id);

CREATE TABLE building_risk_scores (
    run_id         bigint NOT NULL,
    building_id    bigint NOT NULL,
    -- The compound the building was scored in; NULL for a building outside any compound.
    compound_id    bigint,
    score          double precision NOT NULL CHECK (score BETWEEN 0 AND 100),
    level          text NOT NULL CHECK (level IN ('low', 'general', 'significant', 'major')),
    likelihood     double precision NOT NULL,
    consequence    double precision NOT NULL,
    contributions  jsonb NOT NULL,
    computed_at    timestamptz NOT NULL,
    PRIMARY KEY (run_id, building_id)
) PARTITION BY LIST (run_id);
CREATE INDEX building_risk_scores_rank_idx ON building_risk_scores (score DESC, building_id);
-- A compound's buildings within a run: its ranking, and the rows a change to it rewrites.
CREATE INDEX building_risk_scores_compound_idx ON building_risk_scores (compound_id, score DESC, building_id);

-- The nearest station of one kind, found without stepping over the stations of other kinds: the risk
-- model asks for the nearest fire station and the nearest micro fire station of every building.
CREATE INDEX stations_fire_station_geog_idx ON stations USING gist ((geom::geography)) WHERE kind = 'fire_station';
CREATE INDEX stations_micro_station_geog_idx ON stations USING gist ((geom::geography)) WHERE kind = 'micro_station';

-- Each building's distance to its nearest fire station and micro fire station, in metres (NULL: none
-- of that kind). Kept because it changes only when the footprint or the stations change, while
-- measuring it (a KNN probe per building and kind) is most of the work of a city-wide recompute. A row
-- is current while building_version is the building's version and stations_key the fingerprint of the
-- stations; readers measure any building whose row is not current, so a stale row is never used.
CREATE TABLE building_station_distances (
    building_id       bigint PRIMARY KEY,
    building_version  integer NOT NULL,
    stations_key      bigint NOT NULL,
    fire_station_m    double precision,
    micro_station_m   double precision,
    measured_at       timestamptz NOT NULL DEFAULT now()
);

-- The places and fires of a building or compound, for the risk recompute of one compound after a change.
CREATE INDEX places_building_idx ON places (building_id) WHERE building_id IS NOT NULL;
CREATE INDEX places_compound_idx ON places (compound_id) WHERE compound_id IS NOT NULL;
CREATE INDEX incidents_building_idx ON incidents (building_id) WHERE building_id IS NOT NULL;
