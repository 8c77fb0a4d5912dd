namespace FireMap.Api.Incidents;

/// <summary>Conditions of an incident list or statistic; a null member does not filter. <see cref="To"/> is exclusive.</summary>
public sealed record IncidentQuery(DateTimeOffset? From, DateTimeOffset? To, IReadOnlyList<string>? Causes, string? CommunityCode, long? ScopeCommunityId);
