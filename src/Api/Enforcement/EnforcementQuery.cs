using FireMap.Spatial.Geometry;

namespace FireMap.Api.Enforcement;

/// <summary>The conditions of an enforcement case list; null means "any". <paramref name="Today"/> (China time) decides what is overdue.</summary>
public sealed record EnforcementQuery(
    DateOnly Today,
    string? CommunityCode = null,
    string? GridCode = null,
    IReadOnlyList<string>? Kinds = null,
    bool? Open = null,
    bool? Overdue = null,
    long? UnitId = null,
    BoundingBox? Box = null,
    long? ScopeCommunityId = null);
