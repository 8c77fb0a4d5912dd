using FireMap.DemoData.Geometry;
using FireMap.DemoData.Layout;
using NetTopologySuite.Geometries;

namespace FireMap.DemoData.Model;

/// <summary>A residential compound (小区); geometry in local metres, <see cref="Frame"/> the plot it was cut from.</summary>
internal sealed record Compound(
    string Code,
    string Name,
    IReadOnlyList<string> Aliases,
    string Address,
    string CommunityCode,
    string GridCode,
    int BuiltYear,
    string? PropertyManagementUnit,
    string? MaintenanceUnit,
    bool IsOld,
    Polygon Geometry,
    Quad Frame,
    Parcel Parcel);
