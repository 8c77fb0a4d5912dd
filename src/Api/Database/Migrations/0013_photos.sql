-- Photos taken in the field (inspections, door-knock visits, hazards). Kept in the database, not in a
-- folder, so every API instance serves them and a database backup holds them.
CREATE TABLE photos (
    id            uuid PRIMARY KEY,
    -- SHA-256 of the original bytes, hex: the same picture uploaded twice is one row.
    sha256        text NOT NULL UNIQUE CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    -- Verified from the bytes, never from the file name; HEIC arrives converted to JPEG by the phone.
    content_type  text NOT NULL CHECK (content_type ~ '^image/(jpeg|png)$'),
    byte_size     integer NOT NULL CHECK (byte_size BETWEEN 1 AND 10485760),
    width         integer NOT NULL CHECK (width > 0),
    height        integer NOT NULL CHECK (height > 0),
    original      bytea NOT NULL,
    -- Downscaled JPEG copies for display (long side at most 1280 px) and lists (at most 256 px).
    display       bytea NOT NULL,
    thumbnail     bytea NOT NULL,
    -- The camera's position: kept only when the uploader allowed it, otherwise stripped with the EXIF block.
    location      geometry(Point, 4326),
    taken_at      timestamptz,
    uploaded_by   bigint NOT NULL REFERENCES users (id),
    created_at    timestamptz NOT NULL DEFAULT now()
);

-- Which record a photo belongs to. The record's community decides who may see the photo; a photo not
-- yet linked is visible to its uploader only.
CREATE TABLE photo_links (
    photo_id      uuid NOT NULL REFERENCES photos (id) ON DELETE CASCADE,
    record_kind   text NOT NULL CHECK (record_kind IN ('inspection', 'visit', 'hazard')),
    record_id     bigint NOT NULL,
    community_id  bigint REFERENCES communities (id),
    created_at    timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (photo_id, record_kind, record_id)
);
CREATE INDEX photo_links_record ON photo_links (record_kind, record_id);
