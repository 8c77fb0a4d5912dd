namespace FireMap.Spatial.Geocoding.Parsing;

/// <summary>A name under which a division can be written: its full name or its short form.</summary>
internal readonly record struct DivisionName(Division Division, bool IsShort);
