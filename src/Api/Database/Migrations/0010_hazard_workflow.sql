-- The hazard workflow: 发现 → 整改中 → 待复查 → 已销号 (a failed review goes back to 整改中), who found
-- it and who answers for it, listed supervision (挂牌督办) with its unit and date, the last review, and
-- every transition. A hazard may also stand on a bare point (no subject). Its compound, community and
-- grid are derived from the subject (or the point) by a trigger, so that imports and the API agree
-- and scope is one column in SQL.
ALTER TABLE hazards DROP CONSTRAINT hazards_status_check;
ALTER TABLE hazards ADD CONSTRAINT hazards_status_check
    CHECK (status IN ('found', 'rectifying', 'awaiting_review', 'closed'));

ALTER TABLE hazards ALTER COLUMN subject_type DROP NOT NULL;
ALTER TABLE hazards ALTER COLUMN subject_id DROP NOT NULL;
ALTER TABLE hazards ADD CONSTRAINT hazards_subject_pair CHECK ((subject_type IS NULL) = (subject_id IS NULL));

ALTER TABLE hazards
    ADD COLUMN found_by            text,
    ADD COLUMN responsible_person  text,
    ADD COLUMN supervising_unit    text,
    ADD COLUMN supervised_on       date,
    ADD COLUMN submitted_at        timestamptz,
    ADD COLUMN reviewed_at         timestamptz,
    ADD COLUMN review_note         text,
    ADD COLUMN compound_id         bigint REFERENCES compounds (id),
    ADD COLUMN community_id        bigint REFERENCES communities (id),
    ADD COLUMN grid_id             bigint REFERENCES grids (id);

-- Where a hazard belongs: its subject's compound, community and grid; for a bare point, the areas
-- that cover it.
CREATE FUNCTION hazard_place(p_type text, p_id bigint, p_geom geometry)
RETURNS TABLE (compound_id bigint, community_id bigint, grid_id bigint) LANGUAGE sql STABLE AS $$
    SELECT b.compound_id, b.community_id, x.grid_id
    FROM buildings b LEFT JOIN compounds x ON x.id = b.compound_id
    WHERE p_type = 'building' AND b.id = p_id
    UNION ALL
    SELECT x.id, p.community_id, x.grid_id
    FROM places p
    LEFT JOIN buildings b ON b.id = p.building_id
    LEFT JOIN compounds x ON x.id = COALESCE(p.compound_id, b.compound_id)
    WHERE p_type = 'place' AND p.id = p_id
    UNION ALL
    SELECT x.id, x.community_id, x.grid_id FROM compounds x WHERE p_type = 'compound' AND x.id = p_id
    UNION ALL
    SELECT x.id, x.community_id, x.grid_id
    FROM fire_lanes l JOIN compounds x ON x.id = l.compound_id
    WHERE p_type = 'fire_lane' AND l.id = p_id
    UNION ALL
    SELECT (SELECT x.id FROM compounds x WHERE ST_Covers(x.geom, p_geom) ORDER BY x.id LIMIT 1),
           (SELECT c.id FROM communities c WHERE ST_Covers(c.geom, p_geom) ORDER BY c.id LIMIT 1),
           (SELECT g.id FROM grids g WHERE ST_Covers(g.geom, p_geom) ORDER BY g.id LIMIT 1)
    WHERE p_type IS NULL
$$;

CREATE FUNCTION hazards_locate() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    SELECT h.compound_id, h.community_id, h.grid_id INTO NEW.compound_id, NEW.community_id, NEW.grid_id
    FROM hazard_place(NEW.subject_type, NEW.subject_id, NEW.geom) h;
    RETURN NEW;
END $$;

CREATE TRIGGER hazards_locate BEFORE INSERT OR UPDATE OF subject_type, subject_id, geom ON hazards
    FOR EACH ROW EXECUTE FUNCTION hazards_locate();

-- Hazards already stored: placed without counting as a change (no new version).
ALTER TABLE hazards DISABLE TRIGGER hazards_touch;
UPDATE hazards h SET compound_id = p.compound_id, community_id = p.community_id, grid_id = p.grid_id
FROM hazards z CROSS JOIN LATERAL hazard_place(z.subject_type, z.subject_id, z.geom) p
WHERE z.id = h.id;
ALTER TABLE hazards ENABLE TRIGGER hazards_touch;

CREATE INDEX hazards_community_idx ON hazards (community_id);
CREATE INDEX hazards_compound_idx ON hazards (compound_id);

CREATE TABLE hazard_transitions (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    hazard_id    bigint NOT NULL REFERENCES hazards (id),
    action       text NOT NULL CHECK (action IN
                     ('report', 'start_rectification', 'submit_rectification', 'review_accepted', 'review_refused',
                      'extend_deadline', 'supervise', 'end_supervision')),
    from_status  text CHECK (from_status IN ('found', 'rectifying', 'awaiting_review', 'closed')),
    to_status    text NOT NULL CHECK (to_status IN ('found', 'rectifying', 'awaiting_review', 'closed')),
    actor        text NOT NULL,
    at           timestamptz NOT NULL DEFAULT now(),
    note         text
);
CREATE INDEX hazard_transitions_hazard_idx ON hazard_transitions (hazard_id, at, id);
