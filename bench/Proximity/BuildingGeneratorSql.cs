namespace FireMap.Bench.Proximity;

/// <summary>
/// Set-based SQL that lays out the synthetic city of <see cref="BenchArea"/>. Every random draw
/// happens in one statement on one connection after <c>setseed</c>, in row order, so the same seed
/// gives the same rows.
/// </summary>
internal static class BuildingGeneratorSql
{
    /// <summary>Compound blocks per axis: a few compounds, so that the page's LEFT JOIN finds one for about half the hits.</summary>
    public const int CompoundBlocks = 4;

    public const string Community = """
        INSERT INTO communities (code, name, geom)
        VALUES ('bench', '基准测试社区 (synthetic)', ST_Multi(ST_MakeEnvelope(@west, @south, @east, @north, 4326)))
        """;

    public const string Compounds = """
        INSERT INTO compounds (code, name, address, community_id, built_year, property_management_unit, is_old, geom)
        SELECT 'bench-' || k, '基准小区' || (k + 1) || '号 (synthetic)', '合成路' || (k + 1) || '号',
               (SELECT id FROM communities WHERE code = 'bench'), 1985 + k,
               CASE WHEN k % 3 = 0 THEN NULL ELSE '合成物业' END, k < @blocks * @blocks / 2,
               ST_Multi(ST_MakeEnvelope(
                   @west + (k % @blocks) * (@east - @west) / @blocks, @south + (k / @blocks) * (@north - @south) / @blocks,
                   @west + (k % @blocks + 1) * (@east - @west) / @blocks, @south + (k / @blocks + 1) * (@north - @south) / @blocks, 4326))
        FROM generate_series(0, @blocks * @blocks - 1) AS k
        """;

    // One building per grid cell. Sides 8–60 m, skewed towards small ones (cubed draw, mean about
    // 21 m) as in a real city; turned up to ±20° from the grid. A footprint is shifted within its
    // cell as far as it fits, so most do not overlap their neighbours. Heights follow floors (3 m
    // each), so is_high_rise comes out as GB 50016 defines it.
    public const string Buildings = """
        INSERT INTO buildings (code, name, compound_id, community_id, building_no, address, floors, height_m, use_class,
                               built_year, alarm_system, smoke_control_system, sprinkler_system, hydrant_system, occupants, geom)
        SELECT 'bench-' || g.i,
               '合成楼' || g.i,
               (SELECT x.id FROM compounds x WHERE x.code = g.compound_code),
               (SELECT id FROM communities WHERE code = 'bench'),
               CASE WHEN g.compound_code IS NOT NULL THEN (g.i % 40 + 1) || '栋' END,
               '合成路' || (g.row + 1) || '号' || (g.col + 1) || '栋',
               g.floors,
               round((g.floors * 3.0 + 1.2)::numeric, 2),
               g.use_class,
               1960 + floor(g.r_year * 64)::int,
               CASE WHEN g.r_sys < 0.08 THEN 'fault' WHEN g.r_sys < 0.2 THEN 'absent' ELSE 'ok' END,
               CASE WHEN g.floors < 8 THEN 'absent' WHEN g.r_sys > 0.9 THEN 'fault' ELSE 'ok' END,
               CASE WHEN g.floors < 8 THEN 'absent' WHEN g.r_sys BETWEEN 0.5 AND 0.55 THEN 'fault' ELSE 'ok' END,
               CASE WHEN g.r_sys BETWEEN 0.3 AND 0.35 THEN 'fault' ELSE 'ok' END,
               floor(g.w * g.d * g.floors / CASE WHEN g.use_class = 'residential' THEN 35 ELSE 60 END)::int,
               ST_Multi(ST_SetSRID(ST_Translate(
                   ST_Scale(ST_Rotate(ST_MakeEnvelope(-g.w / 2, -g.d / 2, g.w / 2, g.d / 2), g.angle), @lon_per_m, @lat_per_m),
                   @west + ((g.col + 0.5) * @cell + (g.r_x - 0.5) * greatest(0, @cell - greatest(g.w, g.d))) * @lon_per_m,
                   @south + ((g.row + 0.5) * @cell + (g.r_y - 0.5) * greatest(0, @cell - greatest(g.w, g.d))) * @lat_per_m), 4326))
        FROM (
            SELECT r.i, r.i % @per_row AS col, r.i / @per_row AS row, r.r_x, r.r_y, r.r_year, r.r_sys,
                   8 + 52 * r.r_w ^ 3 AS w,
                   8 + 52 * r.r_d ^ 3 AS d,
                   radians(40 * r.r_angle - 20) AS angle,
                   CASE WHEN r.r_use < 0.60 THEN 'residential' WHEN r.r_use < 0.72 THEN 'commercial'
                        WHEN r.r_use < 0.80 THEN 'mixed' WHEN r.r_use < 0.86 THEN 'office'
                        WHEN r.r_use < 0.91 THEN 'industrial' WHEN r.r_use < 0.95 THEN 'warehouse'
                        WHEN r.r_use < 0.98 THEN 'public' ELSE 'other' END AS use_class,
                   CASE WHEN r.r_use < 0.80 THEN 2 + floor(32 * r.r_floors ^ 2)::int ELSE 1 + floor(12 * r.r_floors ^ 2)::int END AS floors,
                   CASE WHEN r.r_compound < 0.5
                        THEN 'bench-' || ((r.i / @per_row) * @blocks / @per_row * @blocks + (r.i % @per_row) * @blocks / @per_row) END AS compound_code
            FROM (
                -- The draws, in a fixed order per row; volatile, so the planner keeps this level.
                SELECT i, random() AS r_x, random() AS r_y, random() AS r_w, random() AS r_d, random() AS r_angle,
                       random() AS r_use, random() AS r_floors, random() AS r_year, random() AS r_sys, random() AS r_compound
                FROM generate_series(0, @count - 1) AS i
            ) r
        ) g
        """;
}
