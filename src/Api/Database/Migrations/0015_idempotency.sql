-- Exactly-once writes over an unreliable network: a request sent with an Idempotency-Key header is
-- executed once per (user, key); a repeat gets the stored response. The phone's outbox resends a form
-- until it hears back, so without this a lost answer would create the record twice.
CREATE TABLE idempotent_requests (
    user_id       bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    key           text NOT NULL CHECK (length(key) BETWEEN 1 AND 200),
    -- SHA-256 (hex) of the method, path and body: the same key with another request is refused.
    request_hash  text NOT NULL CHECK (request_hash ~ '^[0-9a-f]{64}$'),
    status_code   integer NOT NULL CHECK (status_code BETWEEN 200 AND 599),
    content_type  text,
    response      bytea NOT NULL,
    created_at    timestamptz NOT NULL DEFAULT now(),
    expires_at    timestamptz NOT NULL,
    -- The key is the user's own: two users choosing the same key never meet.
    PRIMARY KEY (user_id, key)
);
CREATE INDEX idempotent_requests_expiry ON idempotent_requests (expires_at);
