using FireMap.Api.Database;

namespace FireMap.Api.Compounds;

/// <summary>A residential compound (小区) as the API publishes it.</summary>
public sealed record CompoundRecord(
    long Id,
    string Code,
    string Name,
    IReadOnlyList<string> Aliases,
    string Address,
    string CommunityCode,
    string CommunityName,
    string? GridCode,
    int? BuiltYear,
    string? PropertyManagementUnit,
    string? MaintenanceUnit,
    bool IsOld,
    int BuildingCount,
    int Occupants,
    FireLaneAccess FireLanes,
    GeoJsonText Geometry,
    int Version);
