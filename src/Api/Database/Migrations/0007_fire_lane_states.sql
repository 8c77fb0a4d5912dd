-- Blockages reported through the API get a generated code.
CREATE SEQUENCE blockage_code_seq;
ALTER TABLE blockages ALTER COLUMN code SET DEFAULT 'BK' || lpad(nextval('blockage_code_seq')::text, 6, '0');

-- The current state of every fire lane (生命通道). GB 50016 asks at least 4 m clear width and
-- 4 m clear height. Precedence, worst first:
--   blocked        an active blockage leaves less than 4 m;
--   non_compliant  the lane's own width or height is below 4 m;
--   narrowed       active blockages, but at least 4 m remain;
--   clear          none of the above.
-- FireMap.Spatial.Access.FireLaneRules states the same rule; a test keeps the two in step.
CREATE VIEW fire_lane_states AS
SELECT l.id AS lane_id,
       count(k.id)::int AS active_blockages,
       min(k.remaining_width_m) AS min_remaining_width_m,
       LEAST(l.clear_width_m, min(k.remaining_width_m)) AS effective_width_m,
       CASE
           WHEN min(k.remaining_width_m) < 4 THEN 'blocked'
           WHEN l.clear_width_m < 4 OR l.clear_height_m < 4 THEN 'non_compliant'
           WHEN count(k.id) > 0 THEN 'narrowed'
           ELSE 'clear'
       END AS status,
       ST_Length(l.geom::geography) AS length_m
FROM fire_lanes l
LEFT JOIN blockages k ON k.lane_id = l.id AND k.cleared_at IS NULL
GROUP BY l.id;
