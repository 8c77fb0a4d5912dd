namespace FireMap.Api.Risk.Inputs;

/// <summary>
/// The inputs that hang off buildings and compounds (hazards, places, incidents), each gathered with one
/// set-based statement and routed to the building or compound it counts for. Same parameters as
/// <see cref="RiskInputSql"/>, plus the model's incident radius and window.
/// </summary>
internal static class RiskLinkSql
{
    // Hazards open at the end of the as-of date (found on or before it, not closed by its end), routed:
    //   building subject                    → that building
    //   place in a building                 → that building
    //   place in a compound but no building → the compound (counts for each of its buildings)
    //   compound subject                    → the compound
    //   fire lane subject                   → the lane's compound
    // A place in neither has nothing to count for and is left out. Closed hazards cannot add points.
    // The hazards to consider go between RouteHead and RouteTail, as h.
    private const string RouteHead = """
        SELECT r.id, r.category, r.severity, r.found_on, r.deadline, r.closed_on, r.supervised, r.building_id, r.compound_id
        FROM (
            SELECT h.id, h.category, h.severity, h.found_on, h.deadline,
                   (h.closed_at AT TIME ZONE 'Asia/Shanghai')::date AS closed_on, h.supervised,
                   CASE h.subject_type WHEN 'building' THEN h.subject_id WHEN 'place' THEN p.building_id END AS building_id,
                   CASE h.subject_type
                       WHEN 'compound' THEN h.subject_id
                       WHEN 'fire_lane' THEN l.compound_id
                       WHEN 'place' THEN CASE WHEN p.building_id IS NULL THEN p.compound_id END
                   END AS compound_id
            FROM
        """;

    private const string RouteTail = """
            LEFT JOIN places p ON h.subject_type = 'place' AND p.id = h.subject_id
            LEFT JOIN fire_lanes l ON h.subject_type = 'fire_lane' AND l.id = h.subject_id
            WHERE h.found_on <= @as_of
              AND (h.closed_at IS NULL OR h.closed_at >= ((@as_of + 1)::timestamp AT TIME ZONE 'Asia/Shanghai'))
        ) r
        WHERE r.building_id IS NOT NULL OR r.compound_id IS NOT NULL
        """;

    public const string HazardsAll = $"""
        {RouteHead} hazards h
        {RouteTail}
        """;

    // One compound's: looked up by subject through hazards_subject_idx, not by scanning every hazard.
    public const string HazardsOfCompound = $"""
        {RouteHead} (
            SELECT z.* FROM hazards z
            JOIN (
                SELECT 'compound' AS subject_type, @compound AS subject_id
                UNION ALL SELECT 'fire_lane', l.id FROM fire_lanes l WHERE l.compound_id = @compound
                UNION ALL SELECT 'building', b.id FROM buildings b WHERE b.compound_id = @compound
                UNION ALL SELECT 'place', p.id FROM places p
                          WHERE p.compound_id = @compound OR p.building_id IN (SELECT b.id FROM buildings b WHERE b.compound_id = @compound)
            ) s ON z.subject_type = s.subject_type AND z.subject_id = s.subject_id
        ) h
        {RouteTail}
        """;

    // Places count for the building they are in; a place in a compound but in no building counts for the
    // compound (its likelihood points go to every building there, its capacity to none).
    public const string Places = """
        SELECT p.id, p.category, p.capacity, p.building_id, CASE WHEN p.building_id IS NULL THEN p.compound_id END
        FROM places p
        WHERE (p.building_id IS NOT NULL OR p.compound_id IS NOT NULL)
          AND (@compound::bigint IS NULL
               OR (p.building_id IS NULL AND p.compound_id = @compound)
               OR p.building_id IN (SELECT b.id FROM buildings b WHERE b.compound_id = @compound))
        """;

    // Fires of the model's window up to the end of the as-of date (China time).
    private const string Recent = """
        SELECT i.id, i.building_id, i.geom::geography AS g, (i.occurred_at AT TIME ZONE 'Asia/Shanghai')::date AS occurred_on
        FROM incidents i
        WHERE i.occurred_at >= ((@as_of - @window + 1)::timestamp AT TIME ZONE 'Asia/Shanghai')
          AND i.occurred_at < ((@as_of + 1)::timestamp AT TIME ZONE 'Asia/Shanghai')
        """;

    // Every building whose footprint lies within the model's radius of a fire (ST_DWithin on geography over
    // the buildings' geography index, ST_Distance in metres), plus the building a fire is recorded against
    // at distance 0 wherever its point lies; the reader drops the pair found both ways. Driven from the
    // fires (a few thousand index probes, not one per building), in slice @slice of @slices by fire id so
    // that parallel connections share the work.
    public const string IncidentsAll = $"""
        WITH recent AS MATERIALIZED ({Recent} AND i.id % @slices = @slice)
        SELECT b.id, r.id, r.occurred_on, CASE WHEN r.building_id = b.id THEN 0 ELSE ST_Distance(b.geom::geography, r.g) END
        FROM recent r
        JOIN buildings b ON ST_DWithin(b.geom::geography, r.g, @radius)
        UNION ALL
        SELECT r.building_id, r.id, r.occurred_on, 0
        FROM recent r
        WHERE r.building_id IS NOT NULL
        """;

    // The same for one compound's buildings, driven from them (an index probe of the fires per building;
    // NOT MATERIALIZED lets the planner push the compound's buildings into both branches).
    public const string IncidentsOfCompound = $"""
        WITH recent AS NOT MATERIALIZED ({Recent})
        SELECT b.id, r.id, r.occurred_on, CASE WHEN r.building_id = b.id THEN 0 ELSE ST_Distance(b.geom::geography, r.g) END
        FROM buildings b
        JOIN recent r ON ST_DWithin(b.geom::geography, r.g, @radius)
        WHERE b.compound_id = @compound
        UNION ALL
        SELECT b.id, r.id, r.occurred_on, 0
        FROM recent r
        JOIN buildings b ON b.id = r.building_id
        WHERE b.compound_id = @compound
        """;
}
