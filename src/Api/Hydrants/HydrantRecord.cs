using FireMap.Api.Database;

namespace FireMap.Api.Hydrants;

/// <summary>A fire hydrant (消火栓).</summary>
public sealed record HydrantRecord(long Id, string Code, string Kind, string Status, string? Address, GeoJsonText Geometry);
