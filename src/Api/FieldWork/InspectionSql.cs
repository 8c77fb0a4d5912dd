namespace FireMap.Api.FieldWork;

/// <summary>The SQL that reads inspections: one row per inspection with its items and photo ids aggregated, so a page is one statement.</summary>
internal static class InspectionSql
{
    public const string Columns = """
        i.id, i.subject_type, i.subject_id,
        COALESCE(b.name, p.name, x.name, l.name, l.code, '') AS subject_name,
        COALESCE(b.address, p.address, x.address) AS address,
        i.kind, i.inspected_at, i.inspector_id, i.inspector_name, i.checklist_code, i.notes,
        i.community_id, c.code AS community_code, g.code AS grid_code,
        (SELECT COALESCE(json_agg(json_build_object('code', t.code, 'result', t.result, 'note', t.note, 'hazard', t.hazard_id) ORDER BY t.position), '[]')
         FROM inspection_items t WHERE t.inspection_id = i.id)::text AS items,
        ARRAY(SELECT k.photo_id FROM photo_links k WHERE k.record_kind = 'inspection' AND k.record_id = i.id ORDER BY k.created_at, k.photo_id) AS photos,
        i.created_at
        """;

    public const string From = """
        FROM inspections i
        JOIN communities c ON c.id = i.community_id
        LEFT JOIN grids g ON g.id = i.grid_id
        LEFT JOIN buildings b ON i.subject_type = 'building' AND b.id = i.subject_id
        LEFT JOIN places p ON i.subject_type = 'place' AND p.id = i.subject_id
        LEFT JOIN compounds x ON i.subject_type = 'compound' AND x.id = i.subject_id
        LEFT JOIN fire_lanes l ON i.subject_type = 'fire_lane' AND l.id = i.subject_id
        """;

    // Dates are China-time calendar days: [from 00:00, to + 1 00:00) in Asia/Shanghai.
    public const string Filter = """
        (@scope::bigint IS NULL OR i.community_id = @scope)
        AND (@community::text IS NULL OR c.code = @community)
        AND (@grid::text IS NULL OR g.code = @grid)
        AND (@subject_type::text IS NULL OR i.subject_type = @subject_type)
        AND (@subject_id::bigint IS NULL OR i.subject_id = @subject_id)
        AND (@kinds::text[] IS NULL OR i.kind = ANY (@kinds))
        AND (@from::date IS NULL OR i.inspected_at >= (@from::date::timestamp AT TIME ZONE 'Asia/Shanghai'))
        AND (@to::date IS NULL OR i.inspected_at < ((@to::date + 1)::timestamp AT TIME ZONE 'Asia/Shanghai'))
        AND (@inspector::bigint IS NULL OR i.inspector_id = @inspector)
        """;
}
