using FireMap.Spatial.Geocoding.Gazetteers;

namespace FireMap.Spatial.Geocoding;

/// <summary>A building or compound near a point, with the distance to its representative point.</summary>
/// <param name="Entry">The building or compound entry.</param>
/// <param name="DistanceMeters">Geodesic (WGS84) distance in metres from the point to the entry's point.</param>
public sealed record ReverseGeocodeResult(GazetteerEntry Entry, double DistanceMeters);
