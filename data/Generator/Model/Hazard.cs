using NetTopologySuite.Geometries;

namespace FireMap.DemoData.Model;

/// <summary>A fire hazard on the lists; <see cref="Location"/> (local metres) is null when the subject's own location applies.</summary>
internal sealed record Hazard(
    string Code,
    string SubjectType,
    string SubjectCode,
    string Category,
    string Description,
    string Severity,
    DateOnly FoundOn,
    DateOnly Deadline,
    string ResponsibleUnit,
    string Status,
    bool Supervised,
    DateTimeOffset? ClosedAt,
    string? ClosingNote,
    Coordinate? Location);
