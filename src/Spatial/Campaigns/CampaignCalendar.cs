using FireMap.Spatial.Vocabulary;

namespace FireMap.Spatial.Campaigns;

/// <summary>A phase of a campaign: its days (inclusive) and what is due in it.</summary>
/// <param name="Name">Shown name, e.g. the mobilisation phase.</param>
/// <param name="StartsOn">First day.</param>
/// <param name="EndsOn">Last day.</param>
/// <param name="Due">What the communities must have done by its end.</param>
public sealed record CampaignPhase(string Name, DateOnly StartsOn, DateOnly EndsOn, string Due);

/// <summary>A dated deadline of a campaign; <paramref name="Kind"/> is a <see cref="Codes.CampaignDeadlineKind"/> code.</summary>
/// <param name="Kind">The kind of deadline.</param>
/// <param name="Name">Shown name.</param>
/// <param name="DueOn">The day it is due (China time, inclusive).</param>
public sealed record CampaignDeadline(string Kind, string Name, DateOnly DueOn);

/// <summary>
/// A campaign's calendar: its days, phases and entered deadlines, and the monthly report day. The
/// deadlines that follow from the calendar (each phase's end, each month's report) are derived here,
/// never stored, so changing a phase or the report day moves them.
/// </summary>
public sealed record CampaignCalendar(
    DateOnly StartsOn,
    DateOnly EndsOn,
    int ReportDay,
    IReadOnlyList<CampaignPhase> Phases,
    IReadOnlyList<CampaignDeadline> Deadlines)
{
    /// <summary>The seed plan's report day: each community reports its month by the 20th.</summary>
    public const int DefaultReportDay = 20;

    /// <summary>Report days stop at 28 so that every month, February included, has one.</summary>
    public const int LatestReportDay = 28;

    /// <summary>Everything wrong with the calendar, one message each; empty when it is usable.</summary>
    public IReadOnlyList<string> FindProblems()
    {
        var problems = new List<string>();
        if (EndsOn < StartsOn)
        {
            problems.Add($"endsOn {EndsOn:yyyy-MM-dd} is before startsOn {StartsOn:yyyy-MM-dd}");
        }

        if (ReportDay is < 1 or > LatestReportDay)
        {
            problems.Add($"reportDay {ReportDay} is not between 1 and {LatestReportDay}");
        }

        var ordered = Phases.OrderBy(p => p.StartsOn).ToList();
        for (var i = 0; i < ordered.Count; i++)
        {
            var phase = ordered[i];
            if (phase.EndsOn < phase.StartsOn)
            {
                problems.Add($"phase '{phase.Name}' ends ({phase.EndsOn:yyyy-MM-dd}) before it starts ({phase.StartsOn:yyyy-MM-dd})");
            }

            if (phase.StartsOn < StartsOn || phase.EndsOn > EndsOn)
            {
                problems.Add($"phase '{phase.Name}' ({phase.StartsOn:yyyy-MM-dd} – {phase.EndsOn:yyyy-MM-dd}) lies outside the campaign");
            }

            if (i > 0 && phase.StartsOn <= ordered[i - 1].EndsOn)
            {
                problems.Add($"phase '{phase.Name}' overlaps phase '{ordered[i - 1].Name}'");
            }
        }

        foreach (var deadline in Deadlines)
        {
            if (!Codes.CampaignDeadlineKind.Contains(deadline.Kind))
            {
                problems.Add($"deadline '{deadline.Name}' has an unknown kind '{deadline.Kind}'");
            }
            else if (deadline.Kind is PhaseEnd or MonthlyReport)
            {
                problems.Add($"deadline '{deadline.Name}': {deadline.Kind} deadlines follow from the phases and the report day and cannot be entered");
            }
        }

        return problems;
    }

    /// <summary>The phase containing <paramref name="date"/>, or null between or outside phases.</summary>
    /// <param name="date">A China-time date.</param>
    public CampaignPhase? PhaseOn(DateOnly date) => Phases.FirstOrDefault(p => p.StartsOn <= date && date <= p.EndsOn);

    /// <summary>True when <paramref name="date"/> lies in the campaign.</summary>
    /// <param name="date">A China-time date.</param>
    public bool Contains(DateOnly date) => StartsOn <= date && date <= EndsOn;

    /// <summary>
    /// Every deadline, in date order: the entered ones, each phase's end and each month's report day
    /// that falls within the campaign. Derived names are in <paramref name="language"/>.
    /// </summary>
    /// <param name="language">Language of the derived names.</param>
    public IReadOnlyList<CampaignDeadline> AllDeadlines(Language language = Language.Chinese)
    {
        var all = new List<CampaignDeadline>(Deadlines);
        all.AddRange(Phases.Select(p => new CampaignDeadline(PhaseEnd, p.Name, p.EndsOn)));
        var label = Codes.CampaignDeadlineKind.Label(MonthlyReport, language);
        foreach (var day in ReportDays())
        {
            var month = language == Language.Chinese ? $"{day.Year}年{day.Month}月" : $"{day:yyyy-MM}";
            all.Add(new CampaignDeadline(MonthlyReport, $"{label} {month}", day));
        }

        return [.. all.OrderBy(d => d.DueOn).ThenBy(d => KindOrder(d.Kind)).ThenBy(d => d.Name, StringComparer.Ordinal)];
    }

    /// <summary>The monthly report days inside the campaign: the report day of each month it spans.</summary>
    public IReadOnlyList<DateOnly> ReportDays()
    {
        var days = new List<DateOnly>();
        if (EndsOn < StartsOn || ReportDay is < 1 or > LatestReportDay)
        {
            return days;
        }

        for (var month = new DateOnly(StartsOn.Year, StartsOn.Month, 1); month <= EndsOn; month = month.AddMonths(1))
        {
            var day = new DateOnly(month.Year, month.Month, ReportDay);
            if (Contains(day))
            {
                days.Add(day);
            }
        }

        return days;
    }

    private static int KindOrder(string kind)
    {
        var codes = Codes.CampaignDeadlineKind.Codes;
        for (var i = 0; i < codes.Count; i++)
        {
            if (codes[i] == kind)
            {
                return i;
            }
        }

        return codes.Count;
    }

    private const string PhaseEnd = "phase_end";
    private const string MonthlyReport = "monthly_report";
}
