using NetTopologySuite.Geometries;

namespace FireMap.DemoData.Model;

/// <summary>A fire station, micro fire station or volunteer team; location in local metres.</summary>
internal sealed record Station(
    string Code,
    string Name,
    string Kind,
    string Address,
    string? CommunityCode,
    int? Staff,
    int? Vehicles,
    Coordinate Location);
