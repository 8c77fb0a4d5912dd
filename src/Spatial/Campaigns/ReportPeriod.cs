namespace FireMap.Spatial.Campaigns;

/// <summary>
/// The days a monthly report covers. Each community reports by the report day (the 20th), with figures as
/// of that day: the report of a month covers the day after the previous month's report day through this
/// month's report day, so consecutive reports neither overlap nor leave a gap.
/// </summary>
/// <param name="Month">The first day of the reported month.</param>
/// <param name="From">First day covered (China time).</param>
/// <param name="To">Last day covered, the report day; figures are as of its end.</param>
public sealed record ReportPeriod(DateOnly Month, DateOnly From, DateOnly To)
{
    /// <summary>The period of the report of <paramref name="month"/> (any day in it) with report day <paramref name="reportDay"/>.</summary>
    /// <param name="month">A day of the reported month.</param>
    /// <param name="reportDay">Day of the month the report is due, 1–28.</param>
    /// <exception cref="ArgumentOutOfRangeException">The report day is not 1–28.</exception>
    public static ReportPeriod Of(DateOnly month, int reportDay = CampaignCalendar.DefaultReportDay)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(reportDay, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(reportDay, CampaignCalendar.LatestReportDay);
        var first = new DateOnly(month.Year, month.Month, 1);
        var to = first.AddDays(reportDay - 1);
        var from = first.AddMonths(-1).AddDays(reportDay);
        return new ReportPeriod(first, from, to);
    }

    /// <summary>A whole span (a campaign's final summary): figures from <paramref name="from"/> through <paramref name="to"/>.</summary>
    public static ReportPeriod Span(DateOnly from, DateOnly to) =>
        to < from ? throw new ArgumentException($"{to:yyyy-MM-dd} is before {from:yyyy-MM-dd}", nameof(to)) : new ReportPeriod(new DateOnly(from.Year, from.Month, 1), from, to);

    /// <summary>The day the report is due: the last day it covers.</summary>
    public DateOnly DueOn => To;
}
