using System.Globalization;
using FireMap.Api.Database;

namespace FireMap.Api.Layers;

/// <summary>
/// The SELECT behind each map layer: one row per feature with <c>id</c>, <c>geom</c> and the
/// published properties, and the <c>community_id</c> that scopes it (NULL for what belongs to no
/// community: hydrants, roads, fire stations). Personal fields (a building chief's name and phone) are never selected.
/// <c>@bbox</c> is an envelope in EPSG:4326 or NULL for the whole layer.
/// </summary>
public static class LayerQueries
{
    public static readonly IReadOnlyDictionary<string, string> ByName = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["communities"] = "SELECT id, code, name, id AS community_id, geom FROM communities",
        ["grids"] = """
            SELECT g.id, g.code, g.name, c.code AS community_code, g.community_id, g.geom
            FROM grids g JOIN communities c ON c.id = g.community_id
            """,
        ["compounds"] = """
            SELECT x.id, x.code, x.name, x.address, c.code AS community_code, x.built_year, x.is_old,
                   x.property_management_unit IS NOT NULL AS has_property_management,
                   (SELECT count(*) FROM buildings b WHERE b.compound_id = x.id) AS building_count, x.community_id, x.geom
            FROM compounds x JOIN communities c ON c.id = x.community_id
            """,
        ["buildings"] = """
            SELECT b.id, b.code, b.name, b.address, x.code AS compound_code, b.floors, b.height_m, b.use_class,
                   b.is_high_rise, b.occupants, b.built_year, b.community_id, b.geom
            FROM buildings b LEFT JOIN compounds x ON x.id = b.compound_id
            """,
        ["places"] = "SELECT id, code, name, category, address, capacity, community_id, geom FROM places",
        ["stations"] = "SELECT id, code, name, kind, address, staff, vehicles, community_id, geom FROM stations",
        ["hydrants"] = "SELECT id, code, kind, status, NULL::bigint AS community_id, geom FROM hydrants",
        ["roads"] = "SELECT id, code, name, road_class, NULL::bigint AS community_id, geom FROM roads",
        ["fire-lanes"] = """
            SELECT l.id, l.code, l.name, x.code AS compound_code, l.clear_width_m, l.clear_height_m,
                   s.status, s.effective_width_m, s.active_blockages, x.community_id, l.geom
            FROM fire_lanes l JOIN compounds x ON x.id = l.compound_id JOIN fire_lane_states s ON s.lane_id = l.id
            """,
        ["blockages"] = """
            SELECT k.id, k.code, l.code AS lane_code, k.cause, k.remaining_width_m, k.reported_at, k.cleared_at,
                   k.cleared_at IS NULL AS active, k.note, x.code AS compound_code, x.name AS compound_name, x.community_id, k.geom
            FROM blockages k JOIN fire_lanes l ON l.id = k.lane_id JOIN compounds x ON x.id = l.compound_id
            WHERE (@active::boolean IS NULL OR (k.cleared_at IS NULL) = @active)
              AND (@since::timestamptz IS NULL OR k.reported_at >= @since)
            """,
        // Overdue by the China-time date (Asia/Shanghai), as the hazard list counts it.
        ["hazards"] = """
            SELECT h.id, h.code, h.subject_type, h.category, h.severity, h.status, h.status <> 'closed' AS open, h.found_on, h.deadline,
                   h.status <> 'closed' AND h.deadline < (now() AT TIME ZONE 'Asia/Shanghai')::date AS overdue,
                   GREATEST(0, (now() AT TIME ZONE 'Asia/Shanghai')::date - h.deadline) * (h.status <> 'closed')::int AS days_overdue,
                   h.supervised, h.responsible_unit, x.code AS compound_code, x.name AS compound_name, h.community_id, h.geom
            FROM hazards h LEFT JOIN compounds x ON x.id = h.compound_id
            """,
        // The registers: units (never their responsible person or manager), outreach activities that have a place, enforcement cases.
        ["units"] = """
            SELECT u.id, u.code, u.name, u.kind, u.address, u.is_key_unit, u.commitment_next_due,
                   u.commitment_signed_on IS NULL OR u.commitment_next_due < (now() AT TIME ZONE 'Asia/Shanghai')::date AS commitment_overdue,
                   u.community_id, u.geom
            FROM units u
            """,
        ["outreach"] = """
            SELECT a.id, a.code, a.kind, a.held_on, a.title, a.audience, a.community_id, a.geom
            FROM outreach_activities a WHERE a.geom IS NOT NULL
            """,
        ["enforcement"] = """
            SELECT e.id, e.code, e.kind, e.status, e.party, e.opened_on, e.deadline,
                   e.status <> 'closed' AND e.deadline < (now() AT TIME ZONE 'Asia/Shanghai')::date AS overdue, e.community_id, e.geom
            FROM enforcement_cases e
            """,
        // The community an incident lies in, from its point: incidents carry no community of their own.
        ["incidents"] = """
            SELECT i.id, i.code, i.occurred_at, i.cause, i.casualties, i.loss_cny, c.code AS community_code, c.id AS community_id, i.geom
            FROM incidents i LEFT JOIN LATERAL (SELECT id, code FROM communities WHERE ST_Intersects(geom, i.geom) ORDER BY id LIMIT 1) c ON true
            """,
        ["event-venues"] = """
            SELECT v.id, v.event_name, v.venue_name, v.starts_on, v.ends_on, v.inspected_on, v.risk_level, v.community_id, v.geom
            FROM event_venues v
            """,
    };

    /// <summary>One row per Feature (its GeoJSON text), in id order: what the layer endpoint streams.</summary>
    public static string AsFeatureRows(string select) => $"""
        SELECT json_build_object(
            'type', 'Feature',
            'id', f.id,
            -- RFC 7946 ring order for areas (outer counter-clockwise); lines keep their direction.
            'geometry', ST_AsGeoJSON(CASE WHEN ST_Dimension(f.geom) = 2 THEN ST_ForcePolygonCCW(f.geom) ELSE f.geom END, 7)::json,
            'properties', to_jsonb(f) - 'id' - 'geom' - 'community_id')::text
        FROM ({select}) f
        WHERE {string.Format(CultureInfo.InvariantCulture, BoxParameters.Filter, "f")}
          AND (@scope::bigint IS NULL OR f.community_id IS NULL OR f.community_id = @scope)
        ORDER BY f.id
        """;

    /// <summary>How many features the layer has in scope, counting no further than <c>@limit</c>.</summary>
    public static string CountUpTo(string select) => $"""
        SELECT count(*) FROM (
            SELECT 1 FROM ({select}) f
            WHERE {string.Format(CultureInfo.InvariantCulture, BoxParameters.Filter, "f")}
              AND (@scope::bigint IS NULL OR f.community_id IS NULL OR f.community_id = @scope)
            LIMIT @limit) c
        """;

    /// <summary>
    /// The same layer as one FeatureCollection text built by PostgreSQL (<c>json_agg</c>): the
    /// reference the layer benchmark measures the streamed endpoint against.
    /// </summary>
    public static string AsFeatureCollection(string select) => $"""
        SELECT json_build_object(
            'type', 'FeatureCollection',
            'features', COALESCE(json_agg(json_build_object(
                'type', 'Feature',
                'id', f.id,
                'geometry', ST_AsGeoJSON(CASE WHEN ST_Dimension(f.geom) = 2 THEN ST_ForcePolygonCCW(f.geom) ELSE f.geom END, 7)::json,
                'properties', to_jsonb(f) - 'id' - 'geom' - 'community_id') ORDER BY f.id), '[]'::json))::text
        FROM ({select}) f
        WHERE {string.Format(CultureInfo.InvariantCulture, BoxParameters.Filter, "f")}
          AND (@scope::bigint IS NULL OR f.community_id IS NULL OR f.community_id = @scope)
        """;
}
