namespace FireMap.Api.Risk.Inputs;

/// <summary>
/// Station distances of buildings, kept in <c>building_station_distances</c> (see migration 0008). A read
/// takes each building's row when it is current and measures the others on the spot, so it is right
/// whether anything is kept or not; a recompute then keeps what it measured (<see cref="Save"/>), so the
/// next one finds it. Measuring: KNN (<c>&lt;-&gt;</c>) over the per-kind geography index of
/// <c>stations</c> picks the nearest station, <c>ST_Distance</c> on geography gives metres.
/// </summary>
internal static class RiskStationSql
{
    // Changes whenever a fire or micro station is added, removed or updated (updates bump version).
    private const string StationsKey = """
        SELECT hashtextextended(coalesce(string_agg(s.id || ':' || s.kind || ':' || s.version, ',' ORDER BY s.id), ''), 0) AS k
        FROM stations s
        WHERE s.kind IN ('fire_station', 'micro_station')
        """;

    // b.g: the building's footprint as geography.
    private const string NearestFire = """
        SELECT ST_Distance(s.geom::geography, b.g) AS meters
        FROM stations s
        WHERE s.kind = 'fire_station'
        ORDER BY s.geom::geography <-> b.g
        LIMIT 1
        """;

    private const string NearestMicro = """
        SELECT ST_Distance(s.geom::geography, b.g) AS meters
        FROM stations s
        WHERE s.kind = 'micro_station'
        ORDER BY s.geom::geography <-> b.g
        LIMIT 1
        """;

    // Every building (or one compound's) of slice @slice of @slices by id: the current row's distances, else
    // measured now, with the building's version and the stations' key to keep them by. A CASE branch runs
    // its subquery only when taken, so a current row costs no probe and no cast.
    public const string Read = $"""
        WITH stations_key AS ({StationsKey})
        SELECT o.id,
               CASE WHEN o.current THEN o.fire_station_m
                    ELSE (SELECT f.meters FROM (SELECT o.geom::geography AS g) b, LATERAL ({NearestFire}) f) END,
               CASE WHEN o.current THEN o.micro_station_m
                    ELSE (SELECT m.meters FROM (SELECT o.geom::geography AS g) b, LATERAL ({NearestMicro}) m) END,
               CASE WHEN NOT o.current THEN o.version END,
               CASE WHEN NOT o.current THEN (SELECT k FROM stations_key) END
        FROM (
            SELECT x.id, x.version, x.geom, d.fire_station_m, d.micro_station_m,
                   d.building_id IS NOT NULL AND d.building_version = x.version AND d.stations_key = (SELECT k FROM stations_key) AS current
            FROM buildings x
            LEFT JOIN building_station_distances d ON d.building_id = x.id
            WHERE (@compound::bigint IS NULL OR x.compound_id = @compound) AND x.id % @slices = @slice
            OFFSET 0
        ) o
        """;

    // Keeps measured distances: binary COPY into a temporary table, then one upsert.
    public const string CreateIncoming = """
        CREATE TEMPORARY TABLE incoming_station_distances
            (building_id bigint, building_version integer, stations_key bigint, fire_station_m double precision, micro_station_m double precision)
            ON COMMIT DROP
        """;

    public const string CopyIncoming = """
        COPY incoming_station_distances (building_id, building_version, stations_key, fire_station_m, micro_station_m) FROM STDIN (FORMAT BINARY)
        """;

    public const string Save = """
        INSERT INTO building_station_distances (building_id, building_version, stations_key, fire_station_m, micro_station_m, measured_at)
        SELECT building_id, building_version, stations_key, fire_station_m, micro_station_m, now()
        FROM incoming_station_distances
        ON CONFLICT (building_id) DO UPDATE
            SET building_version = EXCLUDED.building_version, stations_key = EXCLUDED.stations_key,
                fire_station_m = EXCLUDED.fire_station_m, micro_station_m = EXCLUDED.micro_station_m, measured_at = EXCLUDED.measured_at
        """;
}
