using NetTopologySuite.Geometries;

namespace FireMap.DemoData.Model;

/// <summary>A fire lane (消防车通道) of a compound; geometry in local metres.</summary>
internal sealed record FireLane(
    string Code,
    string Name,
    string CompoundCode,
    double ClearWidthM,
    double ClearHeightM,
    LineString Geometry);
