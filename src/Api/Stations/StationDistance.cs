using FireMap.Api.Database;

namespace FireMap.Api.Stations;

/// <summary>A station with its distance from a point and, when ranked by road, its drive time and route.</summary>
public sealed record StationDistance(StationRecord Station, double DistanceMeters, double? DriveSeconds = null, GeoJsonText? Route = null);
