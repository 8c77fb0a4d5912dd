namespace FireMap.Api.FieldWork;

/// <summary>A coverage question: a period of China-time dates (both inclusive), the reader's scope, and an optional community or grid.</summary>
public sealed record CoverageQuery(DateOnly From, DateOnly To, long? ScopeCommunityId, string? CommunityCode, string? GridCode);
