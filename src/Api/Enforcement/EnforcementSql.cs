namespace FireMap.Api.Enforcement;

/// <summary>The SELECT list, joins and filter of enforcement case reads; values are always bound parameters.</summary>
internal static class EnforcementSql
{
    public const string Columns = """
        e.id, e.code, e.kind, e.status, e.unit_id, u.name, e.place_id, p.name, e.party, e.description, e.opened_on, e.deadline,
        e.department, e.closed_on, e.outcome, e.community_id, e.grid_id, c.code, g.code,
        ARRAY(SELECT l.hazard_id FROM enforcement_case_hazards l WHERE l.case_id = e.id ORDER BY l.hazard_id),
        ARRAY(SELECT h.code FROM enforcement_case_hazards l JOIN hazards h ON h.id = l.hazard_id WHERE l.case_id = e.id ORDER BY l.hazard_id),
        e.version, ST_AsGeoJSON(e.geom, 7)
        """;

    public const string From = """
        FROM enforcement_cases e
        JOIN communities c ON c.id = e.community_id
        LEFT JOIN grids g ON g.id = e.grid_id
        LEFT JOIN units u ON u.id = e.unit_id
        LEFT JOIN places p ON p.id = e.place_id
        """;

    // Overdue: open and the deadline before today's China-time date (@today), as hazards count it.
    public const string Filter = """
        (@west IS NULL OR e.geom && ST_MakeEnvelope(@west, @south, @east, @north, 4326))
        AND (@community::text IS NULL OR c.code = @community)
        AND (@grid::text IS NULL OR g.code = @grid)
        AND (@kinds::text[] IS NULL OR e.kind = ANY (@kinds))
        AND (@open::boolean IS NULL OR (e.status <> 'closed') = @open)
        AND (@overdue::boolean IS NULL OR (e.status <> 'closed' AND e.deadline IS NOT NULL AND e.deadline < @today) = @overdue)
        AND (@unit::bigint IS NULL OR e.unit_id = @unit)
        AND (@scope::bigint IS NULL OR e.community_id = @scope)
        """;
}
