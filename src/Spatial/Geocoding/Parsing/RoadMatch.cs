namespace FireMap.Spatial.Geocoding.Parsing;

/// <summary>A road and house number found in an address: where, which, and whether the road is known.</summary>
internal readonly record struct RoadMatch(int Start, int End, string Road, string? Number, bool Known);
