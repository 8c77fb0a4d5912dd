namespace FireMap.Api.Outreach;

/// <summary>The SQL of outreach reads: activity columns and filter, and the attainment of targets.</summary>
internal static class OutreachSql
{
    public const string Columns = """
        a.id, a.code, a.kind, a.held_on, a.title, a.unit_id, u.name, a.place_id, p.name, a.venue, a.audience, a.note,
        a.community_id, a.grid_id, c.code, g.code, a.version, ST_AsGeoJSON(a.geom, 7)
        """;

    public const string From = """
        FROM outreach_activities a
        JOIN communities c ON c.id = a.community_id
        LEFT JOIN grids g ON g.id = a.grid_id
        LEFT JOIN units u ON u.id = a.unit_id
        LEFT JOIN places p ON p.id = a.place_id
        """;

    public const string Filter = """
        (@west IS NULL OR a.geom && ST_MakeEnvelope(@west, @south, @east, @north, 4326))
        AND (@community::text IS NULL OR c.code = @community)
        AND (@grid::text IS NULL OR g.code = @grid)
        AND (@kinds::text[] IS NULL OR a.kind = ANY (@kinds))
        AND (@from::date IS NULL OR a.held_on >= @from)
        AND (@to::date IS NULL OR a.held_on <= @to)
        AND (@unit::bigint IS NULL OR a.unit_id = @unit)
        AND (@scope::bigint IS NULL OR a.community_id = @scope)
        """;

    public const string TargetColumns = "t.id, t.code, t.kind, t.basis, t.minimum, t.starts_on, t.ends_on, t.description, t.version";

    // Per community (@community, or every one in @scope) and target in force by @as_of: the subjects the target counts
    // and how many of them have at least `minimum` activities of its kind between its start and @as_of (or its end).
    // A grid's month counts the activities of that month inside the window.
    public const string Attainment = $"""
        WITH t AS (SELECT {TargetColumns}, LEAST(t.ends_on, @as_of) AS until FROM outreach_targets t WHERE t.starts_on <= @as_of)
        SELECT {TargetColumns}, c.code,
            CASE t.basis
                WHEN 'community' THEN 1
                WHEN 'unit' THEN (SELECT count(*) FROM units u WHERE u.community_id = c.id)
                WHEN 'key_unit' THEN (SELECT count(*) FROM units u WHERE u.community_id = c.id AND u.is_key_unit)
                WHEN 'grid' THEN (SELECT count(*) FROM grids g WHERE g.community_id = c.id)
                ELSE (SELECT count(*) FROM grids g, generate_series(date_trunc('month', t.starts_on), date_trunc('month', t.until), interval '1 month') m
                      WHERE g.community_id = c.id)
            END::int AS subjects,
            CASE t.basis
                WHEN 'community' THEN (SELECT (count(*) >= t.minimum)::int FROM outreach_activities a
                                       WHERE a.community_id = c.id AND a.kind = t.kind AND a.held_on BETWEEN t.starts_on AND t.until)
                WHEN 'grid' THEN (SELECT count(*) FROM grids g WHERE g.community_id = c.id AND t.minimum <= (
                                      SELECT count(*) FROM outreach_activities a
                                      WHERE a.grid_id = g.id AND a.kind = t.kind AND a.held_on BETWEEN t.starts_on AND t.until))
                WHEN 'grid_month' THEN (SELECT count(*) FROM grids g,
                                            generate_series(date_trunc('month', t.starts_on), date_trunc('month', t.until), interval '1 month') m
                                        WHERE g.community_id = c.id AND t.minimum <= (
                                            SELECT count(*) FROM outreach_activities a
                                            WHERE a.grid_id = g.id AND a.kind = t.kind AND a.held_on BETWEEN t.starts_on AND t.until
                                              AND date_trunc('month', a.held_on) = m))
                ELSE (SELECT count(*) FROM units u WHERE u.community_id = c.id AND (t.basis = 'unit' OR u.is_key_unit) AND t.minimum <= (
                          SELECT count(*) FROM outreach_activities a
                          WHERE a.unit_id = u.id AND a.kind = t.kind AND a.held_on BETWEEN t.starts_on AND t.until))
            END::int AS met
        FROM t CROSS JOIN communities c
        WHERE (@community::bigint IS NULL OR c.id = @community) AND (@scope::bigint IS NULL OR c.id = @scope)
        ORDER BY c.code, t.code
        """;
}
