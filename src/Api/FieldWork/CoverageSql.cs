namespace FireMap.Api.FieldWork;

/// <summary>
/// The subjects whose inspection coverage is counted (high-rise buildings, compounds, places) with their community,
/// grid (a building's or place's compound's grid, as the hazard workflow places them) and whether an inspection of
/// each falls within the period: [@from 00:00, @to + 1 00:00) in Asia/Shanghai.
/// </summary>
internal static class CoverageSql
{
    public const string Subjects = """
        WITH period AS (
            SELECT (@from::date::timestamp AT TIME ZONE 'Asia/Shanghai') AS t0, ((@to::date + 1)::timestamp AT TIME ZONE 'Asia/Shanghai') AS t1),
        subjects AS (
            SELECT 'building' AS subject_type, 'high_rise' AS grp, NULL::text AS category, b.id, b.code, b.name, b.address,
                   b.community_id, x.grid_id, ST_PointOnSurface(b.geom) AS geom
            FROM buildings b LEFT JOIN compounds x ON x.id = b.compound_id
            WHERE b.is_high_rise
            UNION ALL
            SELECT 'compound', 'compound', NULL, x.id, x.code, x.name, x.address, x.community_id, x.grid_id, ST_PointOnSurface(x.geom)
            FROM compounds x
            UNION ALL
            SELECT 'place', 'place:' || p.category, p.category, p.id, p.code, p.name, p.address, p.community_id, x.grid_id, p.geom
            FROM places p LEFT JOIN buildings b ON b.id = p.building_id LEFT JOIN compounds x ON x.id = COALESCE(p.compound_id, b.compound_id))
        SELECT s.subject_type, s.grp, s.category, s.id, s.code, s.name, s.address, c.code AS community_code, g.code AS grid_code, s.geom,
               EXISTS (SELECT 1 FROM inspections i, period
                       WHERE i.subject_type = s.subject_type AND i.subject_id = s.id AND i.inspected_at >= period.t0 AND i.inspected_at < period.t1) AS inspected,
               s.community_id
        FROM subjects s JOIN communities c ON c.id = s.community_id LEFT JOIN grids g ON g.id = s.grid_id
        WHERE (@scope::bigint IS NULL OR s.community_id = @scope)
          AND (@community::text IS NULL OR c.code = @community)
          AND (@grid::text IS NULL OR g.code = @grid)
        """;
}
