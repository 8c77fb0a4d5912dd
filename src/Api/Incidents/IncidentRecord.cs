using FireMap.Api.Database;

namespace FireMap.Api.Incidents;

/// <summary>A recorded fire, imported or entered; the community is the one its point lies in.</summary>
public sealed record IncidentRecord(
    long Id, string Code, DateTimeOffset OccurredAt, string Cause, long? BuildingId, long? PlaceId, int Casualties, decimal? LossCny,
    string? Description, long? CommunityId, string? CommunityCode, string? UpdatedBy, int Version, GeoJsonText Geometry);
