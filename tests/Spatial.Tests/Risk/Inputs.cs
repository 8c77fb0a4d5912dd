using FireMap.Spatial.Risk.Inputs;

namespace FireMap.Spatial.Tests.Risk;

/// <summary>Hand-made inputs: a building and a compound with nothing wrong, to which tests add one thing at a time.</summary>
internal static class Inputs
{
    /// <summary>A 10 m residential building built 2020 with every system working, nobody in it, stations next door.</summary>
    public static BuildingRiskInput Quiet(long id = 1) => new()
    {
        Id = id,
        Use = BuildingUse.Residential,
        HeightMeters = 10,
        BuiltYear = 2020,
        Alarm = FireSystemStatus.Ok,
        SmokeControl = FireSystemStatus.Ok,
        Sprinkler = FireSystemStatus.Ok,
        Hydrant = FireSystemStatus.Ok,
        FireStationMeters = 0,
        MicroStationMeters = 0,
    };

    /// <summary>A managed compound with one 5 m × 5 m lane and the given buildings.</summary>
    public static CompoundRiskInput Compound(params BuildingRiskInput[] buildings) => new()
    {
        Id = 100,
        HasPropertyManagement = true,
        FireLanes = [Lane(5)],
        Buildings = buildings,
    };

    public static FireLaneInput Lane(double width, params BlockageInput[] blockages) => new()
    {
        Id = 200,
        ClearWidthMeters = width,
        ClearHeightMeters = 5,
        Blockages = blockages,
    };

    public static HazardInput Hazard(long id, HazardSeverity severity, HazardCategory category = HazardCategory.BlockedExit, int deadlineInDays = 30, bool supervised = false) => new()
    {
        Id = id,
        Category = category,
        Severity = severity,
        FoundOn = TestModels.AsOf.AddDays(-60),
        Deadline = TestModels.AsOf.AddDays(deadlineInDays),
        Supervised = supervised,
    };
}
