using FireMap.Spatial.Geometry;

namespace FireMap.Api.Incidents;

/// <summary>A checked incident entry or edit; on edit a null member keeps its value.</summary>
public sealed record IncidentInput(
    DateTimeOffset? OccurredAt, string? Cause, GeoPoint? Point, long? BuildingId, long? PlaceId, int? Casualties, decimal? LossCny, string? Description);
