using NetTopologySuite.Geometries;

namespace FireMap.DemoData.Model;

/// <summary>A past fire; location in local metres.</summary>
internal sealed record Incident(
    string Code,
    DateTimeOffset OccurredAt,
    string Cause,
    string? BuildingCode,
    string? PlaceCode,
    int? Casualties,
    double? LossCny,
    string? Description,
    Coordinate Location);
