-- Administrative areas: communities (社区) and the grids (网格) that community staff patrol.
CREATE TABLE communities (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    code        text NOT NULL UNIQUE,
    name        text NOT NULL,
    geom        geometry(MultiPolygon, 4326) NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now(),
    updated_at  timestamptz NOT NULL DEFAULT now(),
    version     integer NOT NULL DEFAULT 1
);
CREATE INDEX communities_geom_idx ON communities USING gist (geom);
CREATE TRIGGER communities_touch BEFORE UPDATE ON communities FOR EACH ROW EXECUTE FUNCTION touch_row();

CREATE TABLE grids (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    code          text NOT NULL UNIQUE,
    name          text NOT NULL,
    community_id  bigint NOT NULL REFERENCES communities (id),
    geom          geometry(MultiPolygon, 4326) NOT NULL,
    created_at    timestamptz NOT NULL DEFAULT now(),
    updated_at    timestamptz NOT NULL DEFAULT now(),
    version       integer NOT NULL DEFAULT 1
);
CREATE INDEX grids_geom_idx ON grids USING gist (geom);
CREATE INDEX grids_community_idx ON grids (community_id);
CREATE TRIGGER grids_touch BEFORE UPDATE ON grids FOR EACH ROW EXECUTE FUNCTION touch_row();
