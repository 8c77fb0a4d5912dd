using NetTopologySuite.Geometries;

namespace FireMap.DemoData.Model;

/// <summary>An obstruction reported on a fire lane; location on the lane line, local metres.</summary>
internal sealed record Blockage(
    string Code,
    string LaneCode,
    string Cause,
    double RemainingWidthM,
    DateTimeOffset ReportedAt,
    DateTimeOffset? ClearedAt,
    string? Note,
    Coordinate Location);
