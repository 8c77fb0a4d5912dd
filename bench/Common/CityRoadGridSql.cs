namespace FireMap.Bench.Common;

/// <summary>
/// Set-based SQL that lays a road grid and fire stations over the synthetic city (synthetic data).
/// Roads run every <see cref="BranchSpacing"/> metres both ways and are cut at every crossing, one
/// <c>roads</c> row per segment between junctions, as the road network's rebuild expects. Every
/// <see cref="SecondaryEvery"/>th line is a secondary road (1 km), every <see cref="ArterialEvery"/>th an
/// arterial (3 km); the rest are branch roads. Every <see cref="OneWayEvery"/>th line from the
/// <see cref="OneWayOffset"/>th is a one-way branch road, the direction alternating from one to the next.
/// Fire stations stand about every 4 km and micro stations about every 1.25 km, each drawn up to a
/// quarter of its spacing off the centre of its square. Random draws happen in one statement per table
/// after <c>setseed</c>, in row order, so the same seed gives the same rows.
/// </summary>
public static class CityRoadGridSql
{
    public const double BranchSpacing = 200;
    public const int SecondaryEvery = 5;
    public const int ArterialEvery = 15;
    public const int OneWayEvery = 20;
    public const int OneWayOffset = 7;
    public const double FireStationSpacing = 4000;
    public const double MicroStationSpacing = 1250;

    // Line k lies k × spacing from the west (north-south lines) or south (east-west lines) edge; segment j
    // runs from junction j to j + 1 along it. A one-way line is digitised in its direction of travel.
    public const string Roads = """
        INSERT INTO roads (code, name, road_class, width_m, one_way, geom)
        SELECT 'bench-' || l.axis || '-' || l.k || '-' || j,
               '合成' || CASE l.axis WHEN 'ns' THEN '南北' ELSE '东西' END || '路' || (l.k + 1) || ' (synthetic)',
               l.road_class,
               CASE l.road_class WHEN 'arterial' THEN 24 WHEN 'secondary' THEN 16 ELSE 9 END,
               l.one_way,
               ST_SetSRID(ST_MakeLine(
                   CASE WHEN l.axis = 'ns' THEN ST_MakePoint(@west + l.k * @spacing * @lon_per_m, @south + s.a * @spacing * @lat_per_m)
                        ELSE ST_MakePoint(@west + s.a * @spacing * @lon_per_m, @south + l.k * @spacing * @lat_per_m) END,
                   CASE WHEN l.axis = 'ns' THEN ST_MakePoint(@west + l.k * @spacing * @lon_per_m, @south + s.b * @spacing * @lat_per_m)
                        ELSE ST_MakePoint(@west + s.b * @spacing * @lon_per_m, @south + l.k * @spacing * @lat_per_m) END), 4326)
        FROM (
            SELECT axis, k,
                   CASE WHEN k % @arterial_every = 0 THEN 'arterial' WHEN k % @secondary_every = 0 THEN 'secondary' ELSE 'branch' END AS road_class,
                   k % @one_way_every = @one_way_offset AS one_way,
                   k % @one_way_every = @one_way_offset AND (k / @one_way_every) % 2 = 1 AS backwards
            FROM unnest(ARRAY['ns', 'ew']) AS axis CROSS JOIN generate_series(0, @lines) AS k
        ) l
        CROSS JOIN generate_series(0, @lines - 1) AS j
        CROSS JOIN LATERAL (SELECT CASE WHEN l.backwards THEN j + 1 ELSE j END AS a, CASE WHEN l.backwards THEN j ELSE j + 1 END AS b) s
        ORDER BY l.axis, l.k, j
        """;

    // One station per square of @spacing, drawn within a quarter of the spacing of the square's centre.
    public const string Stations = """
        INSERT INTO stations (code, name, kind, address, community_id, staff, vehicles, geom)
        SELECT 'bench-' || @prefix || '-' || r.i,
               '合成' || CASE @kind WHEN 'fire_station' THEN '消防救援站' ELSE '微型消防站' END || (r.i + 1) || ' (synthetic)',
               @kind,
               '合成路' || (r.i + 1) || '号',
               (SELECT id FROM communities WHERE code = 'bench'),
               CASE @kind WHEN 'fire_station' THEN 25 + floor(r.r_staff * 21)::int ELSE 3 + floor(r.r_staff * 6)::int END,
               CASE @kind WHEN 'fire_station' THEN 3 + floor(r.r_staff * 4)::int ELSE 1 END,
               ST_SetSRID(ST_MakePoint(
                   @west + ((r.i % @per_row + 0.5) * @spacing + (r.r_x - 0.5) * @spacing / 2) * @lon_per_m,
                   @south + ((r.i / @per_row + 0.5) * @spacing + (r.r_y - 0.5) * @spacing / 2) * @lat_per_m), 4326)
        FROM (
            -- The draws, in a fixed order per row; volatile, so the planner keeps this level.
            SELECT i, random() AS r_x, random() AS r_y, random() AS r_staff
            FROM generate_series(0, @per_row * @per_row - 1) AS i
        ) r
        ORDER BY r.i
        """;
}
