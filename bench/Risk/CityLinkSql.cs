namespace FireMap.Bench.Risk;

/// <summary>
/// The rest of the synthetic city, at about the demo set's rates: stations on 4 km and 1 km grids, places
/// in 12 % of buildings and in the yards of 30 % of compounds, two fire lanes per compound with blockages on
/// some, hazards (about 40 % open) on buildings, places, compounds and lanes, and fires of the last five years.
/// </summary>
internal static class CityLinkSql
{
    // A fire station every 4 km and a micro fire station every 1 km, each in a street corner of the grid.
    public const string Stations = """
        INSERT INTO stations (code, name, kind, address, staff, vehicles, geom)
        SELECT s.kind || '-' || s.i || '-' || s.j, s.kind || ' ' || s.i || '/' || s.j || ' (synthetic)', s.kind, '合成路', 6, 1,
               ST_SetSRID(ST_MakePoint(@west + (s.i * s.step + 5) * @lon_per_m, @south + (s.j * s.step + 5) * @lat_per_m), 4326)
        FROM (
            SELECT 'fire_station' AS kind, 4000.0 AS step, i, j
            FROM generate_series(0, floor(@per_row * @cell / 4000)::int) AS i, generate_series(0, floor(@per_row * @cell / 4000)::int) AS j
            UNION ALL
            SELECT 'micro_station', 1000.0, i, j
            FROM generate_series(0, floor(@per_row * @cell / 1000)::int) AS i, generate_series(0, floor(@per_row * @cell / 1000)::int) AS j
        ) s
        """;

    public const string BuildingPlaces = """
        INSERT INTO places (code, name, category, address, community_id, compound_id, building_id, capacity, geom)
        SELECT 'RP-' || b.id, '场所' || b.id, p.category, b.address, b.community_id, b.compound_id, b.id, p.capacity, ST_PointOnSurface(b.geom)
        FROM buildings b
        CROSS JOIN LATERAL (
            SELECT random() + 0 * b.id AS r,
                   (ARRAY['restaurant', 'market', 'hotel', 'entertainment', 'group_rental', 'three_in_one', 'ebike_charging',
                          'express_delivery', 'elderly_care', 'school', 'escape_room', 'warehouse'])[1 + floor(random() * 12)::int] AS category,
                   floor(random() * 300)::int AS capacity
        ) p
        WHERE p.r < 0.12
        ORDER BY b.id
        """;

    public const string YardPlaces = """
        INSERT INTO places (code, name, category, address, community_id, compound_id, building_id, capacity, geom)
        SELECT 'RY-' || x.id, '院内场所' || x.id, p.category, x.address, x.community_id, x.id, NULL, 0, ST_PointOnSurface(x.geom)
        FROM compounds x
        CROSS JOIN LATERAL (
            SELECT random() + 0 * x.id AS r,
                   CASE WHEN random() < 0.7 THEN 'ebike_charging' ELSE 'express_delivery' END AS category
        ) p
        WHERE p.r < 0.3
        ORDER BY x.id
        """;

    // Two lanes through each compound, one east-west and one north-south, 3–7 m wide and 3.5–6.5 m clear.
    public const string FireLanes = """
        INSERT INTO fire_lanes (code, name, compound_id, clear_width_m, clear_height_m, geom)
        SELECT 'RL-' || x.id || '-' || d.axis, '消防车道' || d.axis, x.id,
               round((3 + random() * 4)::numeric, 2), round((3.5 + random() * 3)::numeric, 2),
               CASE WHEN d.axis = 0
                    THEN ST_MakeLine(ST_PointN(ST_ExteriorRing(ST_GeometryN(x.geom, 1)), 1), ST_PointN(ST_ExteriorRing(ST_GeometryN(x.geom, 1)), 3))
                    ELSE ST_MakeLine(ST_PointN(ST_ExteriorRing(ST_GeometryN(x.geom, 1)), 2), ST_PointN(ST_ExteriorRing(ST_GeometryN(x.geom, 1)), 4)) END
        FROM compounds x
        CROSS JOIN generate_series(0, 1) AS d(axis)
        ORDER BY x.id, d.axis
        """;

    // 12 % of lanes have an active blockage, 10 % a cleared one; what is left is narrower than the lane.
    public const string Blockages = """
        INSERT INTO blockages (code, lane_id, cause, remaining_width_m, reported_at, cleared_at, geom)
        SELECT 'RK-' || l.id, l.id, (ARRAY['parked_car', 'ebike', 'stall', 'piled_goods', 'fixed_barrier'])[1 + floor(k.r_cause * 5)::int],
               round((l.clear_width_m * k.r_width)::numeric, 2), now() - k.age,
               CASE WHEN k.r < 0.12 THEN NULL ELSE now() - k.age / 2 END,
               ST_LineInterpolatePoint(l.geom, k.r_width)
        FROM fire_lanes l
        CROSS JOIN LATERAL (
            SELECT random() + 0 * l.id AS r, random() AS r_cause, random() AS r_width, random() * interval '60 days' AS age
        ) k
        WHERE k.r < 0.22
        ORDER BY l.id
        """;

    // Found in the last 400 days, 30–90 days to fix; 60 % closed, 15 % major, 3 % under listed supervision.
    public const string Hazards = """
        INSERT INTO hazards (code, subject_type, subject_id, category, description, severity, found_on, deadline, responsible_unit,
                             status, supervised, closed_at, geom)
        SELECT 'RH-' || s.subject_type || '-' || s.subject_id, s.subject_type, s.subject_id,
               (ARRAY['blocked_exit', 'fire_lane_occupied', 'ebike_indoor_charging', 'electrical_wiring', 'extinguisher_missing',
                      'alarm_fault', 'sprinkler_fault', 'hydrant_fault', 'flammable_storage', 'group_rental', 'three_in_one',
                      'illegal_construction', 'other'])[1 + floor(h.r_category * 13)::int],
               '合成隐患 (synthetic)', CASE WHEN h.r_major < 0.15 THEN 'major' ELSE 'general' END,
               h.found_on, h.found_on + 30 + floor(h.r_deadline * 60)::int, '合成责任单位',
               CASE WHEN h.r_closed < 0.6 THEN 'closed' ELSE 'rectifying' END, h.r_major > 0.97,
               CASE WHEN h.r_closed < 0.6 THEN (h.found_on + floor(h.r_deadline * 60)::int)::timestamp AT TIME ZONE 'Asia/Shanghai' END,
               s.geom
        FROM (
            SELECT 'building' AS subject_type, b.id AS subject_id, ST_PointOnSurface(b.geom) AS geom, 0.15 AS rate FROM buildings b
            UNION ALL SELECT 'place', p.id, p.geom, 0.2 FROM places p
            UNION ALL SELECT 'compound', x.id, ST_PointOnSurface(x.geom), 0.2 FROM compounds x
            UNION ALL SELECT 'fire_lane', l.id, ST_StartPoint(l.geom), 0.05 FROM fire_lanes l
            ORDER BY 1, 2
        ) s
        CROSS JOIN LATERAL (
            SELECT random() + 0 * s.subject_id AS r, random() AS r_category, random() AS r_major, random() AS r_deadline, random() AS r_closed,
                   current_date - floor(random() * 400)::int AS found_on
        ) h
        WHERE h.r < s.rate
        """;

    // Fires of the last five years at 3 % of buildings; 70 % recorded against the building.
    public const string Incidents = """
        INSERT INTO incidents (code, occurred_at, cause, building_id, geom)
        SELECT 'RI-' || b.id, now() - i.age, (ARRAY['electrical', 'ebike', 'cooking', 'smoking', 'open_flame', 'other'])[1 + floor(i.r_cause * 6)::int],
               CASE WHEN i.r_link < 0.7 THEN b.id END, ST_PointOnSurface(b.geom)
        FROM buildings b
        CROSS JOIN LATERAL (SELECT random() + 0 * b.id AS r, random() AS r_cause, random() AS r_link, random() * interval '1826 days' AS age) i
        WHERE i.r < 0.03
        ORDER BY b.id
        """;
}
