namespace FireMap.Api.FieldWork;

/// <summary>An inspection as the API publishes it: the subject, who and when, the checklist answered item by item, and its photos.</summary>
public sealed record InspectionRecord(
    long Id,
    string SubjectType,
    long SubjectId,
    string SubjectName,
    string? Address,
    string Kind,
    DateTimeOffset InspectedAt,
    long? InspectorId,
    string InspectorName,
    string ChecklistCode,
    string? Notes,
    long CommunityId,
    string CommunityCode,
    string? GridCode,
    IReadOnlyList<InspectionItemRecord> Items,
    IReadOnlyList<Guid> PhotoIds,
    DateTimeOffset CreatedAt);
