using FireMap.Api.Database;

namespace FireMap.Api.Duty;

/// <summary>A venue of a major event with its inspection and risk assessment.</summary>
public sealed record EventVenueRecord(
    long Id, string EventName, string VenueName, long CommunityId, string CommunityCode, long? PlaceId, DateOnly StartsOn, DateOnly EndsOn,
    DateOnly? InspectedOn, string? RiskLevel, string? Assessment, int Version, GeoJsonText Geometry);
