namespace FireMap.Spatial.Geocoding.Parsing;

/// <summary>The name and the parts below it, as read from the end of an address.</summary>
internal readonly record struct TailParts(string Name, string? Building, string? Unit, string? Floor, string? Room, string? Remark);
