using FireMap.Api.Database;

namespace FireMap.Api.Stations;

/// <summary>A fire station, micro fire station or volunteer team, at a point.</summary>
public sealed record StationRecord(
    long Id,
    string Code,
    string Name,
    string Kind,
    string Address,
    string? CommunityCode,
    int Staff,
    int Vehicles,
    double Lon,
    double Lat,
    GeoJsonText Geometry);
