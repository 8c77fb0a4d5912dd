using FireMap.Spatial.Campaigns;

namespace FireMap.Api.Reports;

/// <summary>
/// A community's report of a month: stored (<paramref name="Id"/> set) or not begun yet (a draft with version 0).
/// <paramref name="FrozenFigures"/> holds the figures frozen at submission; a draft's are compiled when read.
/// </summary>
public sealed record MonthlyReportRecord(
    long? Id,
    long CommunityId,
    string CommunityCode,
    string CommunityName,
    ReportPeriod Period,
    string Status,
    string WorkDone,
    string Problems,
    string NextSteps,
    IReadOnlyList<ReportFigureValue>? FrozenFigures,
    long? RiskRunId,
    string? SubmittedBy,
    DateTimeOffset? SubmittedAt,
    string? ReopenedBy,
    DateTimeOffset? ReopenedAt,
    string? UpdatedBy,
    int Version)
{
    public const string Draft = "draft";
    public const string Submitted = "submitted";

    /// <summary>True once submitted (and not reopened since).</summary>
    public bool IsSubmitted => Status == Submitted;

    /// <summary>
    /// Late: submitted after the end of the due day (China time), or not submitted and the due day has passed.
    /// </summary>
    /// <param name="today">Today in China.</param>
    public bool IsLate(DateOnly today) => IsSubmitted
        ? SubmittedAt >= new ReportScope(CommunityId, Period).ToAt
        : today > Period.DueOn;
}

/// <summary>The narrative staff write before submitting.</summary>
public sealed record ReportNarrative(string WorkDone, string Problems, string NextSteps);
