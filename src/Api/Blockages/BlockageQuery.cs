using FireMap.Spatial.Geometry;

namespace FireMap.Api.Blockages;

/// <summary>
/// Conditions of a blockage list; a null member does not filter. <see cref="ScopeCommunityId"/> is
/// the reader's scope (community and grid users see their community only), applied in SQL.
/// </summary>
public sealed record BlockageQuery(BoundingBox? Box, bool? Active, IReadOnlyList<string>? Causes, DateTimeOffset? Since, string? CommunityCode,
    long? ScopeCommunityId = null)
{
    public static BlockageQuery All { get; } = new(null, null, null, null, null);
}
