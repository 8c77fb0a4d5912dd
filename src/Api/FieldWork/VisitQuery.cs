namespace FireMap.Api.FieldWork;

/// <summary>The conditions of the visit list; null means no condition. Dates are China-time dates, both inclusive.</summary>
public sealed record VisitQuery(string? CommunityCode = null, string? GridCode = null, long? ResidentId = null, DateOnly? From = null, DateOnly? To = null,
    long? VisitorId = null, long? VisitId = null);
