namespace FireMap.Api.Duty;

/// <summary>
/// Duty coverage of the next period of raised risk (holiday or major event, <c>risk_periods</c>): its days ×
/// the posts rostered on each, and the days with no post at all.
/// </summary>
public sealed record DutyCoverage(string? PeriodName, string? PeriodKind, DateOnly? StartsOn, DateOnly? EndsOn, int Days, int PostDays,
    IReadOnlyList<DateOnly> UncoveredDays);
