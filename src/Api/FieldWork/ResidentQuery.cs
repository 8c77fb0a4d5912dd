namespace FireMap.Api.FieldWork;

/// <summary>The conditions of the resident list; null means no condition. Overdue is judged against <paramref name="Today"/>.</summary>
public sealed record ResidentQuery(DateOnly Today, string? CommunityCode = null, string? GridCode = null, long? BuildingId = null,
    IReadOnlyList<string>? Categories = null, bool? Overdue = null, long? ResidentId = null);
