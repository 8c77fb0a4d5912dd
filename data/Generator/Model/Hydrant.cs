using NetTopologySuite.Geometries;

namespace FireMap.DemoData.Model;

/// <summary>A fire hydrant; location in local metres.</summary>
internal sealed record Hydrant(string Code, string Kind, string Status, string? Address, Coordinate Location);
