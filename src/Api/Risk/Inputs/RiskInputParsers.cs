using FireMap.Spatial.Risk.Inputs;
using FireMap.Spatial.Vocabulary;
using Npgsql;

namespace FireMap.Api.Risk.Inputs;

/// <summary>Turns the rows of the input statements into the risk library's records; codes map through <see cref="RiskCodes"/>.</summary>
internal static class RiskInputParsers
{
    public static (long? CompoundId, BuildingRiskInput Building) Building(NpgsqlDataReader r) => (
        r.IsDBNull(1) ? null : r.GetInt64(1),
        new BuildingRiskInput
        {
            Id = r.GetInt64(0),
            Use = RiskCodes.Parse<BuildingUse>(r.GetString(2)),
            HeightMeters = r.GetDouble(3),
            BuiltYear = r.IsDBNull(4) ? null : r.GetInt32(4),
            Alarm = RiskCodes.Parse<FireSystemStatus>(r.GetString(5)),
            SmokeControl = RiskCodes.Parse<FireSystemStatus>(r.GetString(6)),
            Sprinkler = RiskCodes.Parse<FireSystemStatus>(r.GetString(7)),
            Hydrant = RiskCodes.Parse<FireSystemStatus>(r.GetString(8)),
            MixedUse = r.GetBoolean(9),
            ChangedUse = r.GetBoolean(10),
            Occupants = r.GetInt32(11),
            VulnerableResidents = r.GetInt32(12),
        });

    public static StationRow Station(NpgsqlDataReader r) => new(
        r.GetInt64(0), r.IsDBNull(1) ? null : r.GetDouble(1), r.IsDBNull(2) ? null : r.GetDouble(2),
        r.IsDBNull(3) ? null : r.GetInt32(3), r.IsDBNull(4) ? null : r.GetInt64(4));

    public static (long Id, bool HasPropertyManagement, bool IsOld, int? BuiltYear) Compound(NpgsqlDataReader r) =>
        (r.GetInt64(0), r.GetBoolean(1), r.GetBoolean(2), r.IsDBNull(3) ? null : r.GetInt32(3));

    public static (long LaneId, long CompoundId, double Width, double Height, BlockageInput? Blockage) Lane(NpgsqlDataReader r) => (
        r.GetInt64(0), r.GetInt64(1), r.GetDouble(2), r.GetDouble(3),
        r.IsDBNull(4)
            ? null
            : new BlockageInput
            {
                Id = r.GetInt64(4),
                RemainingWidthMeters = r.GetDouble(5),
                ReportedOn = r.GetFieldValue<DateOnly>(6),
                ClearedOn = r.IsDBNull(7) ? null : r.GetFieldValue<DateOnly>(7),
            });

    public static (long? BuildingId, long? CompoundId, HazardInput Hazard) Hazard(NpgsqlDataReader r) => (
        r.IsDBNull(7) ? null : r.GetInt64(7),
        r.IsDBNull(8) ? null : r.GetInt64(8),
        new HazardInput
        {
            Id = r.GetInt64(0),
            Category = RiskCodes.Parse<HazardCategory>(r.GetString(1)),
            Severity = RiskCodes.Parse<HazardSeverity>(r.GetString(2)),
            FoundOn = r.GetFieldValue<DateOnly>(3),
            Deadline = r.GetFieldValue<DateOnly>(4),
            ClosedOn = r.IsDBNull(5) ? null : r.GetFieldValue<DateOnly>(5),
            Supervised = r.GetBoolean(6),
        });

    public static (long? BuildingId, long? CompoundId, PlaceInput Place) Place(NpgsqlDataReader r) => (
        r.IsDBNull(3) ? null : r.GetInt64(3),
        r.IsDBNull(4) ? null : r.GetInt64(4),
        new PlaceInput { Id = r.GetInt64(0), Category = RiskCodes.Parse<PlaceCategory>(r.GetString(1)), Capacity = r.GetInt32(2) });

    public static (long BuildingId, IncidentInput Incident) Incident(NpgsqlDataReader r) => (
        r.GetInt64(0),
        new IncidentInput { Id = r.GetInt64(1), OccurredOn = r.GetFieldValue<DateOnly>(2), DistanceMeters = r.GetDouble(3) });
}
