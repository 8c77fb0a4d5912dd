namespace FireMap.Api.GraphQL.Types;

/// <summary>Kinds of fire-fighting force.</summary>
public sealed class StationKindGraphType() : CodeEnumGraphType("StationKind", "Kind of fire-fighting force.",
    ("fire_station", "消防救援站 fire and rescue station: at the edge of its district within 5 minutes"),
    ("micro_station", "微型消防站 micro fire station: on scene within 3 minutes"),
    ("volunteer_team", "志愿消防队 volunteer fire team"));
