namespace FireMap.Api.Coverage;

/// <summary>A building or place outside the reach asked about, with its fastest routed time (null: beyond the horizon).</summary>
public sealed record UncoveredTarget(long Id, string Code, string Name, int People, double? Seconds, string? StationName, double Lon, double Lat);
