namespace FireMap.Api.FieldWork;

/// <summary>An inspection to record, checked for form; <paramref name="InspectedAt"/> null means now.</summary>
public sealed record RecordInspection(
    string SubjectType,
    long SubjectId,
    string Kind,
    DateTimeOffset? InspectedAt,
    string? Notes,
    IReadOnlyList<Guid> PhotoIds,
    IReadOnlyList<RecordInspectionItem> Items);
