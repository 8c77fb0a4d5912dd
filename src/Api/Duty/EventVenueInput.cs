using FireMap.Spatial.Geometry;

namespace FireMap.Api.Duty;

/// <summary>A checked event venue.</summary>
public sealed record EventVenueInput(string EventName, string VenueName, string CommunityCode, long? PlaceId, DateOnly StartsOn, DateOnly EndsOn,
    DateOnly? InspectedOn, string? RiskLevel, string? Assessment, GeoPoint Point);
