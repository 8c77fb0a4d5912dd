using FireMap.Api.Database;

namespace FireMap.Api.FireLanes;

/// <summary>A fire lane with its current state (view <c>fire_lane_states</c>).</summary>
public sealed record FireLaneRecord(
    long Id,
    string Code,
    string? Name,
    long CompoundId,
    string CompoundName,
    decimal ClearWidthMeters,
    decimal ClearHeightMeters,
    string Status,
    decimal EffectiveWidthMeters,
    int ActiveBlockages,
    double LengthMeters,
    GeoJsonText Geometry);
