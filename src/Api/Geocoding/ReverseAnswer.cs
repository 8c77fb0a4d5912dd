using FireMap.Spatial.Geocoding;

namespace FireMap.Api.Geocoding;

/// <summary>A reverse-geocoding result with the database id of the entry found.</summary>
public sealed record ReverseAnswer(ReverseGeocodeResult Result, long? Id);
