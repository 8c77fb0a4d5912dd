using FireMap.Api.Database;

namespace FireMap.Api.Places;

/// <summary>A gathering or special place (场所) as the API publishes it.</summary>
public sealed record PlaceRecord(
    long Id,
    string Code,
    string Name,
    string Category,
    string Address,
    string CommunityCode,
    long? CompoundId,
    long? BuildingId,
    int Capacity,
    DateOnly? SelfInspectionDate,
    GeoJsonText Geometry,
    string? ResponsibleUnit,
    int Version);
