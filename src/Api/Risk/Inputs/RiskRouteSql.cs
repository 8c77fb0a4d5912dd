namespace FireMap.Api.Risk.Inputs;

/// <summary>
/// The routed times a run used, kept in <c>risk_run_station_routes</c> (migration 0025) so that a past date
/// replays with the network as it was then: a run for a date before today reads the routes of the latest run on
/// or before that date that kept any, and only buildings missing there are routed over today's network.
/// </summary>
internal static class RiskRouteSql
{
    public const string Stored = """
        WITH run AS (
            SELECT r.id FROM risk_runs r
            WHERE r.as_of <= @as_of AND EXISTS (SELECT 1 FROM risk_run_station_routes t WHERE t.run_id = r.id)
            ORDER BY r.as_of DESC, r.id DESC
            LIMIT 1
        )
        SELECT t.building_id, t.fire_station_name, t.fire_station_seconds, t.micro_station_name, t.micro_station_seconds
        FROM risk_run_station_routes t JOIN buildings b ON b.id = t.building_id
        WHERE t.run_id = (SELECT id FROM run) AND (@compound::bigint IS NULL OR b.compound_id = @compound)
        """;

    public const string DeleteOfRun = "DELETE FROM risk_run_station_routes WHERE run_id = @run";

    public const string DeleteOfCompound = """
        DELETE FROM risk_run_station_routes t USING buildings b
        WHERE t.run_id = @run AND b.id = t.building_id AND b.compound_id = @compound
        """;

    public const string Copy = """
        COPY risk_run_station_routes (run_id, building_id, fire_station_name, fire_station_seconds, micro_station_name, micro_station_seconds)
        FROM STDIN (FORMAT BINARY)
        """;
}
