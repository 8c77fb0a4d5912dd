using FireMap.Spatial.Vocabulary;
using Npgsql;

namespace FireMap.Api.Reports.Sections;

/// <summary>
/// Hazards of the community: found, rectified (submitted for review), closed in the period; open, overdue and under
/// listed supervision at its end; the hazards found broken down by category and severity.
/// </summary>
internal sealed class HazardReportSection : IReportSection
{
    public string Section => "hazards";

    private const string Rows = "SELECT 'hazard', h.id, h.code, h.description, h.category, h.severity FROM hazards h WHERE h.community_id = @community";

    // Open at the end of the period: not closed, or closed only after it.
    private const string OpenAtEnd = "h.found_on <= @to AND (h.closed_at IS NULL OR h.closed_at >= @to_at)";

    public async Task<IReadOnlyList<ReportFigureValue>> CompileAsync(NpgsqlConnection connection, ReportScope scope, CancellationToken cancellationToken)
    {
        var found = await ReportSql.RowsAsync(connection, $"{Rows} AND h.found_on BETWEEN @from AND @to ORDER BY h.code", scope, cancellationToken);
        var figures = new List<ReportFigureValue> { new(Section, "hazards_found", found.Count, [.. found.Select(r => r.Row)]) };
        figures.Add(await ReportSql.FigureAsync(connection, Section, "hazards_rectified", $"""
            {Rows} AND EXISTS (SELECT 1 FROM hazard_transitions t
                               WHERE t.hazard_id = h.id AND t.action = 'submit_rectification' AND t.at >= @from_at AND t.at < @to_at)
            ORDER BY h.code
            """, scope, cancellationToken));
        figures.Add(await ReportSql.FigureAsync(connection, Section, "hazards_closed",
            $"{Rows} AND h.closed_at >= @from_at AND h.closed_at < @to_at ORDER BY h.code", scope, cancellationToken));
        figures.Add(await ReportSql.FigureAsync(connection, Section, "hazards_open", $"{Rows} AND {OpenAtEnd} ORDER BY h.code", scope, cancellationToken));
        // Overdue as the alerts count it: the deadline day itself is still in time.
        figures.Add(await ReportSql.FigureAsync(connection, Section, "hazards_overdue",
            $"{Rows} AND {OpenAtEnd} AND h.deadline < @to ORDER BY h.deadline, h.code", scope, cancellationToken));
        figures.Add(await ReportSql.FigureAsync(connection, Section, "hazards_supervised",
            $"{Rows} AND {OpenAtEnd} AND h.supervised ORDER BY h.code", scope, cancellationToken));

        foreach (var category in Codes.HazardCategory.Codes)
        {
            var rows = found.Where(r => r.Category == category).Select(r => r.Row).ToList();
            figures.Add(new ReportFigureValue(Section, "hazards_found", rows.Count, rows, Category: category));
        }

        foreach (var severity in Codes.HazardSeverity.Codes)
        {
            var rows = found.Where(r => r.Severity == severity).Select(r => r.Row).ToList();
            figures.Add(new ReportFigureValue(Section, "hazards_found", rows.Count, rows, Severity: severity));
        }

        return figures;
    }
}
