namespace FireMap.Api.Hazards;

/// <summary>Where a reported hazard stands: its subject (null for a bare point), its location, community and grid.</summary>
internal sealed record HazardLocation(string? SubjectType, long? SubjectId, NetTopologySuite.Geometries.Geometry Point, long CommunityId, long? GridId);
