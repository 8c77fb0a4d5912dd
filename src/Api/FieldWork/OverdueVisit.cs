namespace FireMap.Api.FieldWork;

/// <summary>An overdue visit in the alerts; the resident's id and name only for readers of personal data.</summary>
public sealed record OverdueVisit(long? ResidentId, string? Name, string Category, string CommunityCode, string? GridCode, DateOnly DueOn);
