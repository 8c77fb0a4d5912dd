using FireMap.Spatial.Geometry;

namespace FireMap.Api.Blockages;

/// <summary>Conditions of a blockage list; a null member does not filter.</summary>
public sealed record BlockageQuery(BoundingBox? Box, bool? Active, IReadOnlyList<string>? Causes, DateTimeOffset? Since, string? CommunityCode)
{
    public static BlockageQuery All { get; } = new(null, null, null, null, null);
}
