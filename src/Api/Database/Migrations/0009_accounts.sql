-- Accounts: named people with a role and a geographic scope, their personal API tokens, and the
-- Data Protection keys that sign session cookies (kept here so every instance shares them).
CREATE TABLE users (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_name       text NOT NULL UNIQUE CHECK (user_name ~ '^[a-z0-9][a-z0-9._-]{1,63}$'),
    display_name    text NOT NULL CHECK (length(display_name) BETWEEN 1 AND 100),
    role            text NOT NULL CHECK (role IN ('admin', 'subdistrict', 'community', 'grid', 'station', 'analyst', 'viewer')),
    -- community users: their community; grid users: the community of their grids (user_grids).
    community_id    bigint REFERENCES communities (id),
    password_hash   text NOT NULL,
    disabled        boolean NOT NULL DEFAULT false,
    failed_logins   integer NOT NULL DEFAULT 0 CHECK (failed_logins >= 0),
    locked_until    timestamptz,
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now(),
    version         integer NOT NULL DEFAULT 1,
    CONSTRAINT users_scope CHECK ((role IN ('community', 'grid')) = (community_id IS NOT NULL))
);

CREATE TABLE user_grids (
    user_id  bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    grid_id  bigint NOT NULL REFERENCES grids (id),
    PRIMARY KEY (user_id, grid_id)
);

CREATE TABLE api_tokens (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id       bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    name          text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
    -- SHA-256 of the token; the token itself is shown once and never stored.
    token_hash    bytea NOT NULL UNIQUE,
    created_at    timestamptz NOT NULL DEFAULT now(),
    expires_at    timestamptz NOT NULL,
    revoked_at    timestamptz,
    last_used_at  timestamptz
);
CREATE INDEX api_tokens_user_idx ON api_tokens (user_id);

CREATE TABLE data_protection_keys (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name        text NOT NULL UNIQUE,
    xml         text NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now()
);
