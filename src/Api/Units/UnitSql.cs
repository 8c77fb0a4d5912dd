using System.Globalization;
using FireMap.Api.Database;

namespace FireMap.Api.Units;

/// <summary>The SELECT list, joins and filter of unit reads; values are always bound parameters.</summary>
internal static class UnitSql
{
    // The concerns the register looks for (Codes.UnitConcern), over the unit, the places it occupies and the buildings
    // it is in (directly, or through such a place). Crowded places (人员密集场所): the unit kinds and place categories the
    // seed calls so. High-rise by GB 50016, as buildings.is_high_rise computes it.
    public const string Concerns = """
        ARRAY(SELECT v.concern FROM (VALUES ('converted_industrial'), ('high_rise_dining_entertainment')) v (concern)
              WHERE EXISTS (
                  SELECT 1 FROM unit_premises up
                  LEFT JOIN places pp ON pp.id = up.place_id
                  JOIN buildings bb ON bb.id = COALESCE(up.building_id, pp.building_id)
                  WHERE up.unit_id = u.id AND CASE v.concern
                      WHEN 'converted_industrial' THEN bb.use_class IN ('industrial', 'warehouse')
                          AND (u.kind IN ('school', 'hospital', 'elderly_care', 'hotel', 'restaurant', 'entertainment', 'market')
                               OR pp.category IN ('hotel', 'restaurant', 'market', 'mall', 'entertainment', 'school', 'hospital',
                                                  'elderly_care', 'escape_room'))
                      ELSE bb.is_high_rise AND (u.kind IN ('restaurant', 'entertainment') OR pp.category IN ('restaurant', 'entertainment'))
                  END))
        """;

    public static readonly string Columns = $"""
        u.id, u.code, u.name, u.kind, u.address, u.is_key_unit, u.self_inspected_on, u.commitment_signed_on, u.commitment_next_due,
        u.commitment_posted, u.community_id, u.grid_id, c.code, g.code,
        (SELECT COALESCE(json_agg(json_build_object('buildingId', up.building_id, 'placeId', up.place_id,
                                                    'code', COALESCE(b.code, p.code), 'name', COALESCE(b.name, p.name)) ORDER BY up.id), '[]')::text
         FROM unit_premises up LEFT JOIN buildings b ON b.id = up.building_id LEFT JOIN places p ON p.id = up.place_id
         WHERE up.unit_id = u.id),
        (SELECT COALESCE(json_agg(json_build_object('kind', t.kind, 'people', t.people, 'trainedOn', t.trained_on) ORDER BY t.kind), '[]')::text
         FROM unit_trainings t WHERE t.unit_id = u.id),
        {Concerns},
        u.version, ST_AsGeoJSON(u.geom, 7)
        """;

    public const string From = """
        FROM units u
        JOIN communities c ON c.id = u.community_id
        LEFT JOIN grids g ON g.id = u.grid_id
        """;

    // Commitment overdue: never signed, or its next due date before today's China-time date.
    public static readonly string Filter = $"""
        {string.Format(CultureInfo.InvariantCulture, BoxParameters.Filter, "u")}
        AND (@community::text IS NULL OR c.code = @community)
        AND (@grid::text IS NULL OR g.code = @grid)
        AND (@kinds::text[] IS NULL OR u.kind = ANY (@kinds))
        AND (@key_unit::boolean IS NULL OR u.is_key_unit = @key_unit)
        AND (@concern::text IS NULL OR @concern = ANY ({Concerns}))
        AND (@commitment_overdue::boolean IS NULL
             OR (u.commitment_signed_on IS NULL OR u.commitment_next_due < @today) = @commitment_overdue)
        AND (@search::text IS NULL OR strpos(u.name, @search) > 0 OR strpos(u.code, @search) > 0 OR strpos(u.address, @search) > 0)
        AND (@scope::bigint IS NULL OR u.community_id = @scope)
        """;
}
