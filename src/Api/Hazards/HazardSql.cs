using System.Globalization;
using FireMap.Api.Database;

namespace FireMap.Api.Hazards;

/// <summary>The SELECT list, joins and filter of hazard reads; values are always bound parameters.</summary>
internal static class HazardSql
{
    // The subject's name and address: a fire lane has no address of its own, its compound's stands for it.
    public const string Columns = """
        h.id, h.code, h.subject_type, h.subject_id,
        CASE h.subject_type WHEN 'building' THEN b.name WHEN 'place' THEN p.name WHEN 'compound' THEN x.name
                            WHEN 'fire_lane' THEN COALESCE(l.name, l.code) END AS subject_name,
        CASE h.subject_type WHEN 'building' THEN b.address WHEN 'place' THEN p.address ELSE x.address END AS subject_address,
        h.category, h.severity, h.description, h.found_on, h.found_by, h.deadline, h.responsible_unit, h.responsible_person,
        h.status, h.supervised, h.supervising_unit, h.supervised_on, h.submitted_at, h.reviewed_at, h.review_note,
        h.closed_at, h.closing_note, h.compound_id, h.community_id, h.grid_id, c.code AS community_code, g.code AS grid_code,
        h.version, ST_AsGeoJSON(h.geom, 7) AS geometry
        """;

    public const string From = """
        FROM hazards h
        LEFT JOIN buildings b ON h.subject_type = 'building' AND b.id = h.subject_id
        LEFT JOIN places p ON h.subject_type = 'place' AND p.id = h.subject_id
        LEFT JOIN fire_lanes l ON h.subject_type = 'fire_lane' AND l.id = h.subject_id
        LEFT JOIN compounds x ON x.id = h.compound_id
        LEFT JOIN communities c ON c.id = h.community_id
        LEFT JOIN grids g ON g.id = h.grid_id
        """;

    // Overdue: open and the deadline before today's China-time date (@today).
    public static readonly string Filter = $"""
        {string.Format(CultureInfo.InvariantCulture, BoxParameters.Filter, "h")}
        AND (@community::text IS NULL OR c.code = @community)
        AND (@grid::text IS NULL OR g.code = @grid)
        AND (@statuses::text[] IS NULL OR h.status = ANY (@statuses))
        AND (@severities::text[] IS NULL OR h.severity = ANY (@severities))
        AND (@categories::text[] IS NULL OR h.category = ANY (@categories))
        AND (@overdue::boolean IS NULL OR (h.status <> 'closed' AND h.deadline < @today) = @overdue)
        AND (@supervised::boolean IS NULL OR h.supervised = @supervised)
        AND (@subject_types::text[] IS NULL OR h.subject_type = ANY (@subject_types))
        AND (@due_before::date IS NULL OR h.deadline < @due_before)
        AND (@scope::bigint IS NULL OR h.community_id = @scope)
        """;

    public const string Summary = """
        SELECT h.status, h.severity, h.status <> 'closed' AND h.deadline < @today AS overdue, h.supervised, count(*)::int
        """;
}
