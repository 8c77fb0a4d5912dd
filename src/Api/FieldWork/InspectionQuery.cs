namespace FireMap.Api.FieldWork;

/// <summary>The conditions of the inspection list; null means no condition. Dates are China-time dates, both inclusive.</summary>
public sealed record InspectionQuery(
    long? ScopeCommunityId,
    string? CommunityCode = null,
    string? GridCode = null,
    string? SubjectType = null,
    long? SubjectId = null,
    IReadOnlyList<string>? Kinds = null,
    DateOnly? From = null,
    DateOnly? To = null,
    long? InspectorId = null);
