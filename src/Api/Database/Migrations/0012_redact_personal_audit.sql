-- Personal data stay out of the audit log: snapshots written before the service redacted them get the
-- same treatment as new ones (Audit/AuditRedaction.cs): a building chief's name and phone become
-- '[personal]' (an empty one stays null), and personal_changed, on the snapshot after the change (before
-- it, for a deletion), names the personal columns the change touched.
UPDATE audit_log a SET
    before = CASE WHEN a.before IS NULL THEN NULL ELSE
        COALESCE((SELECT jsonb_object_agg(e.key, CASE WHEN e.key IN ('chief_name', 'chief_phone') AND e.value <> 'null'::jsonb
                                                      THEN to_jsonb('[personal]'::text) ELSE e.value END)
                  FROM jsonb_each(a.before) e), '{}'::jsonb)
        || CASE WHEN a.after IS NULL THEN jsonb_build_object('personal_changed', COALESCE(
            (SELECT jsonb_agg(k ORDER BY k) FROM unnest(ARRAY['chief_name', 'chief_phone']) k
             WHERE a.before ? k AND a.before -> k <> 'null'::jsonb), '[]'::jsonb)) ELSE '{}'::jsonb END END,
    after = CASE WHEN a.after IS NULL THEN NULL ELSE
        COALESCE((SELECT jsonb_object_agg(e.key, CASE WHEN e.key IN ('chief_name', 'chief_phone') AND e.value <> 'null'::jsonb
                                                      THEN to_jsonb('[personal]'::text) ELSE e.value END)
                  FROM jsonb_each(a.after) e), '{}'::jsonb)
        || jsonb_build_object('personal_changed', COALESCE(
            (SELECT jsonb_agg(k ORDER BY k) FROM unnest(ARRAY['chief_name', 'chief_phone']) k
             WHERE (a.before ? k OR a.after ? k) AND COALESCE(a.before -> k, 'null'::jsonb) IS DISTINCT FROM COALESCE(a.after -> k, 'null'::jsonb)),
            '[]'::jsonb)) END
WHERE ((jsonb_typeof(a.before) = 'object' AND a.before ?| ARRAY['chief_name', 'chief_phone'])
    OR (jsonb_typeof(a.after) = 'object' AND a.after ?| ARRAY['chief_name', 'chief_phone']))
  AND NOT (COALESCE(a.before ? 'personal_changed', false) OR COALESCE(a.after ? 'personal_changed', false));
