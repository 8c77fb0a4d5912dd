namespace FireMap.Api.FieldWork;

/// <summary>A visit to record, checked for form; <paramref name="VisitedAt"/> null means now.</summary>
public sealed record RecordVisit(long ResidentId, DateTimeOffset? VisitedAt, IReadOnlyList<VisitCheck> Checks, string? Notes, IReadOnlyList<Guid> PhotoIds,
    RaiseHazard? Raise);
