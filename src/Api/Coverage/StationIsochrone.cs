using FireMap.Api.Database;

namespace FireMap.Api.Coverage;

/// <summary>The area a station reaches by road within <see cref="Minutes"/>: its reachable edges buffered, as GeoJSON.</summary>
public sealed record StationIsochrone(long StationId, string StationCode, string StationName, string Kind, string? Vehicle, int Minutes, int Nodes, double AreaSquareMeters, GeoJsonText? Geometry);
