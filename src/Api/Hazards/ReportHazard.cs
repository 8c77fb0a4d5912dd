using FireMap.Spatial.Geometry;

namespace FireMap.Api.Hazards;

/// <summary>
/// A hazard report, checked for form: a subject by type and id, or a point (or both: the point is then
/// its location); null dates take their defaults (found today, deadline from <see cref="HazardOptions"/>);
/// photos already uploaded are linked with the report.
/// </summary>
public sealed record ReportHazard(
    string? SubjectType,
    long? SubjectId,
    GeoPoint? Point,
    string Category,
    string Severity,
    string Description,
    DateOnly? FoundOn,
    string? FoundBy,
    DateOnly? Deadline,
    string ResponsibleUnit,
    string? ResponsiblePerson,
    string? SupervisingUnit,
    IReadOnlyList<Guid>? PhotoIds = null);
