namespace FireMap.Api.GraphQL.Types;

/// <summary>Whether a hydrant works.</summary>
public sealed class HydrantStatusGraphType() : CodeEnumGraphType("HydrantStatus", "State of a hydrant.",
    ("ok", "正常 working"), ("fault", "故障 faulty"));
