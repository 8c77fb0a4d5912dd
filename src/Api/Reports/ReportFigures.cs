using FireMap.Spatial.Campaigns;

namespace FireMap.Api.Reports;

/// <summary>A row behind a figure: what it is (<c>hazard</c>, <c>blockage</c>, <c>compound</c>, <c>building</c>, <c>place</c>, …), its id, code and name.</summary>
public sealed record ReportRow(string Kind, long Id, string Code, string Name);

/// <summary>
/// A figure of a report: a <c>ReportFigure</c> code in a <c>ReportSection</c>, counted from its rows. A breakdown
/// (hazards found by category or severity) carries the category or severity code it counts.
/// </summary>
public sealed record ReportFigureValue(string Section, string Figure, int Value, IReadOnlyList<ReportRow> Rows,
    string? Category = null, string? Severity = null);

/// <summary>What a report is compiled for: one community over one period, figures as of the period's end (China time).</summary>
public sealed record ReportScope(long CommunityId, ReportPeriod Period)
{
    private static readonly TimeSpan _china = TimeSpan.FromHours(8);

    /// <summary>The first instant of the period: its first day's midnight in China.</summary>
    public DateTimeOffset FromAt => new DateTimeOffset(Period.From.ToDateTime(TimeOnly.MinValue), _china).ToUniversalTime();

    /// <summary>The instant after the period: the midnight ending its last day in China.</summary>
    public DateTimeOffset ToAt => new DateTimeOffset(Period.To.AddDays(1).ToDateTime(TimeOnly.MinValue), _china).ToUniversalTime();
}

/// <summary>
/// A section of the monthly report, compiled from the data of one feature. Features register theirs; the
/// report lists the sections in the vocabulary's order.
/// </summary>
public interface IReportSection
{
    /// <summary>The <c>ReportSection</c> code.</summary>
    string Section { get; }

    /// <summary>The section's figures for <paramref name="scope"/>, each with the rows it counts.</summary>
    Task<IReadOnlyList<ReportFigureValue>> CompileAsync(Npgsql.NpgsqlConnection connection, ReportScope scope, CancellationToken cancellationToken);
}
