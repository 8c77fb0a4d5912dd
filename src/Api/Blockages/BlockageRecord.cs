using FireMap.Api.Database;

namespace FireMap.Api.Blockages;

/// <summary>An obstruction of a fire lane, active until cleared.</summary>
public sealed record BlockageRecord(
    long Id,
    string Code,
    long LaneId,
    string LaneCode,
    long CompoundId,
    string Cause,
    decimal RemainingWidthMeters,
    DateTimeOffset ReportedAt,
    DateTimeOffset? ClearedAt,
    string? Note,
    int Version,
    GeoJsonText Geometry)
{
    public bool Active => ClearedAt is null;
}
