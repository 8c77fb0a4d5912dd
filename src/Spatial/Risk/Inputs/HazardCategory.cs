namespace FireMap.Spatial.Risk.Inputs;

/// <summary>Category of a hazard (<c>category</c> in <c>hazards.csv</c>).</summary>
public enum HazardCategory
{
    /// <summary><c>blocked_exit</c> 疏散通道堵塞.</summary>
    BlockedExit,

    /// <summary><c>fire_lane_occupied</c> 占用消防车通道.</summary>
    FireLaneOccupied,

    /// <summary><c>ebike_indoor_charging</c> 电动自行车入户充电; scored under the e-bike and electrical factor.</summary>
    EbikeIndoorCharging,

    /// <summary><c>electrical_wiring</c> 电气线路; scored under the e-bike and electrical factor.</summary>
    ElectricalWiring,

    /// <summary><c>extinguisher_missing</c> 灭火器缺失.</summary>
    ExtinguisherMissing,

    /// <summary><c>alarm_fault</c> 报警系统故障.</summary>
    AlarmFault,

    /// <summary><c>sprinkler_fault</c> 喷淋系统故障.</summary>
    SprinklerFault,

    /// <summary><c>hydrant_fault</c> 消火栓故障.</summary>
    HydrantFault,

    /// <summary><c>flammable_storage</c> 易燃物堆放.</summary>
    FlammableStorage,

    /// <summary><c>group_rental</c> 群租房; scored under the group-rental and 三合一 factor.</summary>
    GroupRental,

    /// <summary><c>three_in_one</c> 三合一场所; scored under the group-rental and 三合一 factor.</summary>
    ThreeInOne,

    /// <summary><c>illegal_construction</c> 违章搭建.</summary>
    IllegalConstruction,

    /// <summary><c>other</c> 其他.</summary>
    Other,
}
