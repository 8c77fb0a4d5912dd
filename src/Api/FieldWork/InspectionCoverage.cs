namespace FireMap.Api.FieldWork;

/// <summary>The inspection coverage of a period: the groups, and the totals over them.</summary>
public sealed record InspectionCoverage(DateOnly From, DateOnly To, IReadOnlyList<CoverageGroup> Groups)
{
    public int Total => Groups.Sum(g => g.Total);

    public int Inspected => Groups.Sum(g => g.Inspected);

    public double Share => Total == 0 ? 1 : (double)Inspected / Total;
}
