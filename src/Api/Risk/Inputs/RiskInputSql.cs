namespace FireMap.Api.Risk.Inputs;

/// <summary>
/// The set-based queries that gather the risk model's inputs: one statement per kind of input for all
/// compounds and buildings at once (grouped afterwards in C#), never one per row. Every statement takes
/// <c>@compound</c>: NULL for everything, or one compound's id for the fast path after a change to it.
/// Dates are China-time dates (UTC+8): a timestamp counts for the day it falls on in Asia/Shanghai.
/// </summary>
internal static class RiskInputSql
{
    // What the model reads from each building's own row, and the count of residents the register of
    // vulnerable residents places in it (counts only: no personal column is read).
    public const string Buildings = """
        SELECT b.id, b.compound_id, b.use_class, b.height_m::float8, b.built_year,
               b.alarm_system, b.smoke_control_system, b.sprinkler_system, b.hydrant_system,
               b.mixed_use, b.changed_use, b.occupants,
               (SELECT count(*)::int FROM vulnerable_residents v WHERE v.building_id = b.id)
        FROM buildings b
        WHERE @compound::bigint IS NULL OR b.compound_id = @compound
        """;

    // Compound-level facts. No property management = no unit named (NULL or blank).
    public const string Compounds = """
        SELECT x.id, NULLIF(btrim(x.property_management_unit), '') IS NOT NULL, x.is_old, x.built_year
        FROM compounds x
        WHERE @compound::bigint IS NULL OR x.id = @compound
        """;

    // Fire lanes with the obstructions active at the end of the as-of date: reported on or before it and
    // not cleared by its end. Cleared or later ones cannot change a score, so they are not fetched.
    public const string FireLanes = """
        SELECT l.id, l.compound_id, l.clear_width_m::float8, l.clear_height_m::float8,
               k.id, k.remaining_width_m::float8,
               (k.reported_at AT TIME ZONE 'Asia/Shanghai')::date,
               (k.cleared_at AT TIME ZONE 'Asia/Shanghai')::date
        FROM fire_lanes l
        LEFT JOIN blockages k
               ON k.lane_id = l.id
              AND k.reported_at < ((@as_of + 1)::timestamp AT TIME ZONE 'Asia/Shanghai')
              AND (k.cleared_at IS NULL OR k.cleared_at >= ((@as_of + 1)::timestamp AT TIME ZONE 'Asia/Shanghai'))
        WHERE @compound::bigint IS NULL OR l.compound_id = @compound
        """;
}
