using FireMap.Spatial.Vocabulary;

namespace FireMap.Spatial.Risk.Inputs;

/// <summary>Category of a hazard (<c>category</c> in <c>hazards.csv</c>). Labels: <see cref="Codes.HazardCategory"/>.</summary>
public enum HazardCategory
{
    /// <summary><c>blocked_exit</c>.</summary>
    BlockedExit,

    /// <summary><c>fire_lane_occupied</c>.</summary>
    FireLaneOccupied,

    /// <summary><c>ebike_indoor_charging</c>; scored under the e-bike and electrical factor.</summary>
    EbikeIndoorCharging,

    /// <summary><c>electrical_wiring</c>; scored under the e-bike and electrical factor.</summary>
    ElectricalWiring,

    /// <summary><c>extinguisher_missing</c>.</summary>
    ExtinguisherMissing,

    /// <summary><c>alarm_fault</c>.</summary>
    AlarmFault,

    /// <summary><c>sprinkler_fault</c>.</summary>
    SprinklerFault,

    /// <summary><c>hydrant_fault</c>.</summary>
    HydrantFault,

    /// <summary><c>flammable_storage</c>.</summary>
    FlammableStorage,

    /// <summary><c>group_rental</c>; scored under the group-rental and three-in-one factor.</summary>
    GroupRental,

    /// <summary><c>three_in_one</c>; scored under the group-rental and three-in-one factor.</summary>
    ThreeInOne,

    /// <summary><c>illegal_construction</c>.</summary>
    IllegalConstruction,

    /// <summary><c>other</c>.</summary>
    Other,
}
