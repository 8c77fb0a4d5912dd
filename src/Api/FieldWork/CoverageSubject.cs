using FireMap.Api.Database;

namespace FireMap.Api.FieldWork;

/// <summary>A subject counted in the coverage: a high-rise building, a compound or a place, and whether it was inspected in the period.</summary>
public sealed record CoverageSubject(string SubjectType, string? PlaceCategory, long Id, string Code, string Name, string? Address,
    string CommunityCode, string? GridCode, GeoJsonText Location, bool Inspected);
