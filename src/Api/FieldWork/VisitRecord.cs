namespace FireMap.Api.FieldWork;

/// <summary>A door-knock visit to a registered resident: who, when, the checks, and the hazard it raised.</summary>
public sealed record VisitRecord(long Id, long ResidentId, DateTimeOffset VisitedAt, long? VisitorId, string VisitorName,
    IReadOnlyList<VisitCheck> Checks, string? Notes, long? HazardId, IReadOnlyList<Guid> PhotoIds, DateTimeOffset CreatedAt);
