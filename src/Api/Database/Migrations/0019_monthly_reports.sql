-- Each community's monthly work report to the sub-district's emergency office (due on the report day,
-- the 20th). A draft's figures are compiled from the data whenever it is read; submitting freezes them,
-- with the rows behind each figure, and the narrative, until the sub-district office reopens it.
CREATE TABLE monthly_reports (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    community_id   bigint NOT NULL REFERENCES communities (id),
    -- The first day of the reported month.
    month          date NOT NULL CHECK (extract(day FROM month) = 1),
    status         text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'submitted')),
    work_done      text NOT NULL DEFAULT '' CHECK (length(work_done) <= 4000),
    problems       text NOT NULL DEFAULT '' CHECK (length(problems) <= 4000),
    next_steps     text NOT NULL DEFAULT '' CHECK (length(next_steps) <= 4000),
    -- Frozen at submission: [{section, figure, value, rows: [{kind, id, code, name}], category?, severity?}].
    figures        jsonb CHECK (figures IS NULL OR jsonb_typeof(figures) = 'array'),
    -- The risk run the frozen risk figures come from; kept by risk-run retention.
    risk_run_id    bigint,
    submitted_by   text,
    submitted_at   timestamptz,
    reopened_by    text,
    reopened_at    timestamptz,
    updated_by     text,
    created_at     timestamptz NOT NULL DEFAULT now(),
    updated_at     timestamptz NOT NULL DEFAULT now(),
    version        integer NOT NULL DEFAULT 1,
    UNIQUE (community_id, month),
    CONSTRAINT monthly_reports_submitted_frozen CHECK ((status = 'submitted') = (figures IS NOT NULL AND submitted_at IS NOT NULL))
);
CREATE TRIGGER monthly_reports_touch BEFORE UPDATE ON monthly_reports FOR EACH ROW EXECUTE FUNCTION touch_row();
