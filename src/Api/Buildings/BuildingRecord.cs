using FireMap.Api.Database;

namespace FireMap.Api.Buildings;

/// <summary>A building as the API publishes it; personal fields are not part of it.</summary>
public sealed record BuildingRecord(
    long Id,
    string Code,
    string Name,
    string? BuildingNo,
    string Address,
    int Floors,
    decimal HeightMeters,
    string UseClass,
    bool IsHighRise,
    int? BuiltYear,
    string? ManagementUnit,
    string? MaintenanceUnit,
    string AlarmSystem,
    string SmokeControlSystem,
    string SprinklerSystem,
    string HydrantSystem,
    bool ChangedUse,
    bool MixedUse,
    int Occupants,
    long? CompoundId,
    string? CompoundName,
    string CommunityCode,
    string CommunityName,
    GeoJsonText Geometry,
    int Version);
