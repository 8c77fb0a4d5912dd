namespace FireMap.Api.GraphQL.Types;

/// <summary>Current state of a fire lane (GB 50016: at least 4 m clear width and height).</summary>
public sealed class FireLaneStatusGraphType() : CodeEnumGraphType("FireLaneStatus", "Current state of a fire lane, worst first.",
    ("blocked", "堵塞: an active blockage leaves less than 4 m"),
    ("non_compliant", "不达标: the lane's own clear width or height is below 4 m"),
    ("narrowed", "占用: active blockages, but at least 4 m remain"),
    ("clear", "畅通: compliant and unobstructed"));
