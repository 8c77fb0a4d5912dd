using FireMap.Spatial.Geometry;

namespace FireMap.Api.Blockages;

/// <summary>A checked blockage report: on a lane given by id, or at a point snapped to the nearest lane.</summary>
public sealed record ReportBlockage(long? LaneId, GeoPoint? Point, string Cause, double RemainingWidthMeters, string? Note);
