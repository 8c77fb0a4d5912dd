-- A door-knock visit's notes describe a vulnerable resident at home: they are personal in the audit log
-- as they are on the API (Audit/AuditRedaction.cs, PersonalColumnsOfEntity). Visits are only ever
-- recorded (no before snapshot); entries written before the service redacted them get the same
-- treatment as new ones: the notes become '[personal]' (empty ones stay null), and personal_changed
-- names them when they were set.
UPDATE audit_log a SET
    after = a.after
        || jsonb_build_object('notes', CASE WHEN a.after -> 'notes' = 'null'::jsonb THEN 'null'::jsonb ELSE to_jsonb('[personal]'::text) END)
        || jsonb_build_object('personal_changed', CASE WHEN a.after -> 'notes' = 'null'::jsonb THEN '[]'::jsonb ELSE '["notes"]'::jsonb END)
WHERE a.entity = 'visit'
  AND jsonb_typeof(a.after) = 'object' AND a.after ? 'notes'
  AND NOT a.after ? 'personal_changed';
