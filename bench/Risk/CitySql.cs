namespace FireMap.Bench.Risk;

/// <summary>
/// Set-based SQL that lays out the synthetic city: compounds on a square grid of <c>@cell</c>-metre cells
/// (10 m of street around each), grouped 32 × 32 into communities; 2–18 buildings per compound on a 4 × 5
/// grid of plots; one building outside any compound in every 25th cell's corner. Every draw happens in
/// row order after <c>setseed</c>, so the same seed gives the same city. Coordinates: metres from the
/// south-west corner, turned into degrees with <c>@lon_per_m</c> and <c>@lat_per_m</c>.
/// </summary>
internal static class CitySql
{
    public const string Communities = """
        INSERT INTO communities (code, name, geom)
        SELECT 'rb-' || c, '基准社区' || c || ' (synthetic)',
               ST_Multi(ST_MakeEnvelope(
                   @west + (c % @blocks_per_row) * 32 * @cell * @lon_per_m, @south + (c / @blocks_per_row) * 32 * @cell * @lat_per_m,
                   @west + (c % @blocks_per_row + 1) * 32 * @cell * @lon_per_m, @south + (c / @blocks_per_row + 1) * 32 * @cell * @lat_per_m, 4326))
        FROM generate_series(0, @blocks_per_row * @blocks_per_row - 1) AS c
        """;

    // Compound k sits in cell (k % per_row, k / per_row); ids come out as k + 1 (identity restarted).
    public const string Compounds = """
        INSERT INTO compounds (code, name, address, community_id, built_year, property_management_unit, is_old, geom)
        SELECT 'RB' || g.k, '基准小区' || g.k || ' (synthetic)', '合成路' || g.k || '号',
               m.id, g.year,
               CASE WHEN g.r_pm < 0.3 THEN NULL ELSE '合成物业' END,
               g.year < 2000 AND g.r_old < 0.8,
               ST_Multi(ST_MakeEnvelope(
                   @west + (g.col * @cell + 10) * @lon_per_m, @south + (g.row * @cell + 10) * @lat_per_m,
                   @west + ((g.col + 1) * @cell - 10) * @lon_per_m, @south + ((g.row + 1) * @cell - 10) * @lat_per_m, 4326))
        FROM (
            SELECT k, k % @per_row AS col, k / @per_row AS row, 1975 + floor(random() * 48)::int AS year,
                   random() AS r_pm, random() AS r_old
            FROM generate_series(0, @n - 1) AS k
        ) g
        JOIN communities m ON m.code = 'rb-' || ((g.row / 32) * @blocks_per_row + g.col / 32)
        ORDER BY g.k
        """;

    // Plot j of a compound: column j % 4 (32.5 m wide), row j / 4 (26 m deep); a 20 × 14 m footprint in its middle.
    public const string Buildings = """
        INSERT INTO buildings (code, name, compound_id, community_id, building_no, address, floors, height_m, use_class, built_year,
                               alarm_system, smoke_control_system, sprinkler_system, hydrant_system, changed_use, mixed_use, occupants, geom)
        SELECT 'RB' || x.k || '-' || j, (j + 1) || '栋', x.id, x.community_id, (j + 1) || '栋', x.address || (j + 1) || '栋',
               d.floors, round((d.floors * 3.0 + 1.2)::numeric, 2), d.use_class,
               CASE WHEN d.r_year < 0.1 THEN NULL WHEN d.r_year < 0.3 THEN x.built_year + floor(d.r_year * 20)::int ELSE x.built_year END,
               CASE WHEN d.r_sys < 0.06 THEN 'fault' WHEN d.floors < 10 AND d.r_sys < 0.6 THEN 'absent' ELSE 'ok' END,
               CASE WHEN d.floors < 10 THEN 'absent' WHEN d.r_sys > 0.93 THEN 'fault' ELSE 'ok' END,
               CASE WHEN d.floors < 10 THEN 'absent' WHEN d.r_sys BETWEEN 0.5 AND 0.55 THEN 'fault' ELSE 'ok' END,
               CASE WHEN d.r_sys BETWEEN 0.3 AND 0.34 THEN 'fault' WHEN d.floors < 6 AND d.r_sys > 0.8 THEN 'absent' ELSE 'ok' END,
               d.r_flag < 0.03, d.r_flag > 0.95, d.floors * (8 + floor(d.r_people * 20)::int),
               ST_Multi(ST_MakeEnvelope(
                   @west + (x.col * @cell + 10 + (j % 4) * 32.5 + 6.25) * @lon_per_m, @south + (x.row * @cell + 10 + (j / 4) * 26 + 6) * @lat_per_m,
                   @west + (x.col * @cell + 10 + (j % 4) * 32.5 + 26.25) * @lon_per_m, @south + (x.row * @cell + 10 + (j / 4) * 26 + 20) * @lat_per_m, 4326))
        FROM (
            SELECT c.id, c.id - 1 AS k, (c.id - 1) % @per_row AS col, (c.id - 1) / @per_row AS row, c.community_id, c.address, c.built_year,
                   2 + floor(random() * 17)::int AS n
            FROM compounds c
            ORDER BY c.id
        ) x
        CROSS JOIN LATERAL generate_series(0, x.n - 1) AS j
        CROSS JOIN LATERAL (
            -- Volatile and correlated with j: drawn once per building.
            SELECT 2 + floor(31 * random() ^ 2)::int + 0 * j AS floors, random() AS r_year, random() AS r_sys, random() AS r_flag,
                   random() AS r_people,
                   CASE WHEN random() < 0.85 THEN 'residential' WHEN random() < 0.5 THEN 'mixed' ELSE 'commercial' END AS use_class
        ) d
        ORDER BY x.id, j
        """;

    // Schools, clinics, works and warehouses outside any compound, in the street corner of every 25th cell.
    public const string LoneBuildings = """
        INSERT INTO buildings (code, name, compound_id, community_id, address, floors, height_m, use_class, built_year,
                               alarm_system, smoke_control_system, sprinkler_system, hydrant_system, occupants, geom)
        SELECT 'RB-L' || x.k, '独立建筑' || x.k, NULL, x.community_id, '合成路' || x.k || '号附' , d.floors,
               round((d.floors * 4.0)::numeric, 2), d.use_class, 1970 + floor(random() * 50)::int,
               CASE WHEN random() < 0.1 THEN 'fault' ELSE 'ok' END, 'absent', CASE WHEN random() < 0.3 THEN 'absent' ELSE 'ok' END, 'ok',
               floor(random() * 400)::int,
               ST_Multi(ST_MakeEnvelope(
                   @west + (x.col * @cell + 1) * @lon_per_m, @south + (x.row * @cell + 1) * @lat_per_m,
                   @west + (x.col * @cell + 9) * @lon_per_m, @south + (x.row * @cell + 9) * @lat_per_m, 4326))
        FROM (
            SELECT c.id - 1 AS k, (c.id - 1) % @per_row AS col, (c.id - 1) / @per_row AS row, c.community_id
            FROM compounds c
            WHERE (c.id - 1) % 25 = 0
            ORDER BY c.id
        ) x
        CROSS JOIN LATERAL (
            SELECT 1 + floor(random() * 5)::int + 0 * x.k AS floors,
                   (ARRAY['public', 'industrial', 'warehouse', 'office', 'commercial'])[1 + floor(random() * 5)::int] AS use_class
        ) d
        """;
}
