-- The routed times a risk run scored with (model v2 reads the fastest fire and micro station by road, see
-- docs/risk-model.md): the run's inputs, kept so that recomputing a past date replays the network as it
-- was then instead of today's roads, stations and blockages. A building deleted later keeps its row: it
-- is history. Rows go with their run.
CREATE TABLE risk_run_station_routes (
    run_id                 bigint NOT NULL REFERENCES risk_runs (id) ON DELETE CASCADE,
    building_id            bigint NOT NULL,
    fire_station_name      text,
    fire_station_seconds   double precision CHECK (fire_station_seconds >= 0),
    micro_station_name     text,
    micro_station_seconds  double precision CHECK (micro_station_seconds >= 0),
    created_at             timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (run_id, building_id),
    CHECK ((fire_station_name IS NULL) = (fire_station_seconds IS NULL)),
    CHECK ((micro_station_name IS NULL) = (micro_station_seconds IS NULL))
);
