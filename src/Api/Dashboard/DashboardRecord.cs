using FireMap.Api.Reports;

namespace FireMap.Api.Dashboard;

/// <summary>
/// The sub-district office's dashboard as of <paramref name="Today"/> (China time): each community's figures over the
/// last seven days (<paramref name="WeekFrom"/> to today, the monthly report's sections and statements), and the risk
/// level counts now and at the start of those days. <paramref name="Month"/> is the month whose reports it follows.
/// </summary>
public sealed record DashboardRecord(DateOnly Today, DateOnly WeekFrom, DateOnly Month, long? Scope, IReadOnlyList<DashboardCommunity> Communities,
    IReadOnlyList<RiskLevelChange> RiskLevels);

/// <summary>A community's figures on the dashboard, each with the rows behind it.</summary>
public sealed record DashboardCommunity(long CommunityId, string CommunityCode, string CommunityName, IReadOnlyList<ReportFigureValue> Figures);

/// <summary>How many compounds in scope have a risk level in the latest run, and had it in the latest run before the week.</summary>
public sealed record RiskLevelChange(string Level, int Count, int? Previous);
