-- The three lists (底数清单, 隐患清单, 整改责任清单) and one plan per compound (一小区一对策).
-- A place's responsible unit (责任单位) belongs on the inventory list beside its self-inspection date.
ALTER TABLE places ADD COLUMN responsible_unit text;

-- One plan per compound: its problems, the measures (each with owner, due date and status, kept as
-- a JSON array validated by the API against the vocabulary's PlanMeasureStatus) and progress notes.
CREATE TABLE compound_plans (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    compound_id     bigint NOT NULL UNIQUE REFERENCES compounds (id) ON DELETE CASCADE,
    problems        text NOT NULL DEFAULT '',
    measures        jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(measures) = 'array'),
    progress_notes  text NOT NULL DEFAULT '',
    updated_by      text,
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now(),
    version         integer NOT NULL DEFAULT 1
);
CREATE TRIGGER compound_plans_touch BEFORE UPDATE ON compound_plans FOR EACH ROW EXECUTE FUNCTION touch_row();
