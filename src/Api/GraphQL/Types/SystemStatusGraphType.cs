namespace FireMap.Api.GraphQL.Types;

/// <summary>State of a building's fire system (alarm, smoke control, sprinkler, hydrant).</summary>
public sealed class SystemStatusGraphType() : CodeEnumGraphType("SystemStatus", "State of a fire protection system.",
    ("ok", "正常 working"),
    ("fault", "故障 present but faulty"),
    ("absent", "未设置 not installed"));
