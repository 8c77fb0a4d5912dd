using FireMap.Spatial.Geometry;

namespace FireMap.Api.Outreach;

/// <summary>The conditions of an outreach activity list; null means "any". <paramref name="ScopeCommunityId"/> narrows a community or grid user's list.</summary>
public sealed record OutreachQuery(
    string? CommunityCode = null,
    string? GridCode = null,
    IReadOnlyList<string>? Kinds = null,
    DateOnly? From = null,
    DateOnly? To = null,
    long? UnitId = null,
    BoundingBox? Box = null,
    long? ScopeCommunityId = null);
