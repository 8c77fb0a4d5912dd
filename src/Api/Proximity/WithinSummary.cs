namespace FireMap.Api.Proximity;

/// <summary>
/// Figures over every hit of a radius search (not just the page): the total, counts by the
/// layer's category, and the sums that matter for a response (people, high-rises).
/// </summary>
public sealed record WithinSummary(int TotalCount, IReadOnlyList<CountBy> ByCategory, int HighRiseCount, long OccupantsSum, long CapacitySum);
