using FireMap.Api.Database;

namespace FireMap.Api.PublicReports;

/// <summary>A report from the public as staff see it in the moderation queue: no reporter data is kept.</summary>
public sealed record PublicReportRecord(
    long Id,
    string TrackingCode,
    string Description,
    long? CommunityId,
    string? CommunityCode,
    long? GridId,
    bool HasPhoto,
    string Status,
    long? HazardId,
    string? HazardCode,
    string? DismissReason,
    string? HandledBy,
    DateTimeOffset? HandledAt,
    decimal? RewardCny,
    DateTimeOffset? RewardedAt,
    DateTimeOffset ReceivedAt,
    int Version,
    GeoJsonText Geometry);
