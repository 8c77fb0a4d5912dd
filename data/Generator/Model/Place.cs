using NetTopologySuite.Geometries;

namespace FireMap.DemoData.Model;

/// <summary>A place (场所) of one of the campaign's categories; location in local metres.</summary>
internal sealed record Place(
    string Code,
    string Name,
    string Category,
    string Address,
    string CommunityCode,
    string? CompoundCode,
    string? BuildingCode,
    int? Capacity,
    DateOnly? SelfInspectionDate,
    Coordinate Location);
