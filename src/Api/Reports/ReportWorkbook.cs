using System.Data;
using FireMap.Api.Exports;
using FireMap.Spatial.Vocabulary;

namespace FireMap.Api.Reports;

/// <summary>
/// The sheets of the report workbooks, shared by the monthly report and the campaign's final summary: the figures of
/// one community with the rows behind each, a sheet of items (narrative, period, status), and the roll-up of every
/// community with one column per figure.
/// </summary>
internal static class ReportWorkbook
{
    /// <summary>Section, figure, breakdown, value and the rows behind each figure.</summary>
    public static DataTable Figures(IReadOnlyList<ReportFigureValue> figures, Language language) =>
        XlsxSheets.Table(
            [Text(language, "Section", "部分"), Text(language, "Figure", "指标"), Text(language, "Breakdown", "分类"), Text(language, "Value", "数值"),
             Text(language, "Records", "明细")],
            figures.Select(f => new object?[]
            {
                Codes.ReportSection.Label(f.Section, language), Codes.ReportFigure.Label(f.Figure, language), Breakdown(f, language), f.Value,
                string.Join("；", f.Rows.Select(r => $"{r.Code} {r.Name}")),
            }));

    /// <summary>Two columns: item and text.</summary>
    public static DataTable Items(IEnumerable<object?[]> items, Language language) =>
        XlsxSheets.Table([Text(language, "Item", "项目"), Text(language, "Text", "内容")], items);

    /// <summary>
    /// One row per community: code, name, the <paramref name="leading"/> columns given per row, then every figure
    /// (totals only, no breakdowns) in the vocabulary's order.
    /// </summary>
    public static DataTable RollUp(IReadOnlyList<string> leading, IEnumerable<(string Code, string Name, object?[] Leading, IReadOnlyList<ReportFigureValue> Figures)> rows,
        Language language)
    {
        var columns = Codes.ReportFigure.Codes;
        return XlsxSheets.Table(
            [Text(language, "Code", "区划代码"), Text(language, "Community", "社区"), .. leading, .. columns.Select(c => Codes.ReportFigure.Label(c, language))],
            rows.Select(row =>
            {
                var values = row.Figures.Where(f => f.Category is null && f.Severity is null).ToDictionary(f => f.Figure, f => f.Value);
                object?[] cells = [row.Code, row.Name, .. row.Leading, .. columns.Select(c => values.TryGetValue(c, out var v) ? (object?)v : null)];
                return cells;
            }));
    }

    public static string Text(Language language, string english, string chinese) => language == Language.English ? english : chinese;

    private static string? Breakdown(ReportFigureValue figure, Language language) =>
        figure.Category is { } category ? Codes.HazardCategory.Label(category, language)
        : figure.Severity is { } severity ? Codes.HazardSeverity.Label(severity, language)
        : null;
}
