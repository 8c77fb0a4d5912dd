namespace FireMap.Api.PublicReports;

/// <summary>Conditions of the moderation queue; a null member does not filter. The scope is the reader's community.</summary>
public sealed record PublicReportQuery(IReadOnlyList<string>? Statuses, DateTimeOffset? Since, string? CommunityCode, long? ScopeCommunityId);
