using System.Globalization;
using FireMap.Api.Access;
using FireMap.Api.Errors;
using FireMap.Api.Exports;
using FireMap.Api.Risk.Inputs;
using FireMap.Api.Security;
using FireMap.Spatial.Vocabulary;
using MiniExcelLibs;

namespace FireMap.Api.Reports;

/// <summary>
/// <c>GET /api/exports/reports/monthly.xlsx?month=2026-12[&amp;community=…][&amp;lang=en]</c>: with a community, its report
/// (sheet 报告: section, figure, breakdown, value, and the rows behind each figure; sheet 说明: the narrative and who
/// submitted when); without one, the sub-district roll-up of every community in the user's scope (one row per
/// community, one column per figure, with status and lateness). The figures are the report's own: frozen once
/// submitted, compiled now for a draft.
/// </summary>
public static class MonthlyReportExportEndpoints
{
    public static WebApplication MapMonthlyReportExports(this WebApplication app)
    {
        app.MapGet("/api/exports/reports/monthly.xlsx", ExportAsync).Allow(AccessRule.Export);
        return app;
    }

    private static async Task<IResult> ExportAsync(string? month, string? community, string? lang, HttpContext http, MonthlyReportStore store,
        ChinaCalendar calendar, CancellationToken cancellationToken)
    {
        if (community is not null && TextInput.FindProblem(community) is { } problem)
        {
            throw Rejection.BadInput("community", problem);
        }

        var parsed = MonthlyReportStore.ParseMonth(month);
        var language = lang == "en" ? Language.English : Language.Chinese;
        var scope = CurrentUser.Of(http).ReadCommunityId;
        var sheets = new Dictionary<string, object>();
        string name;
        if (community is not null)
        {
            var report = await store.FindAsync(community, parsed, cancellationToken);
            if (scope is long own && own != report.CommunityId)
            {
                throw Rejection.Of(RejectionKind.Forbidden, $"The report of community {community} lies outside your community", "community");
            }

            var figures = await store.FiguresAsync(report, cancellationToken);
            sheets[English(language, "report", "报告")] = XlsxSheets.Table(
                [English(language, "Section", "部分"), English(language, "Figure", "指标"), English(language, "Breakdown", "分类"), English(language, "Value", "数值"),
                 English(language, "Records", "明细")],
                figures.Select(f => new object?[]
                {
                    Codes.ReportSection.Label(f.Section, language), Codes.ReportFigure.Label(f.Figure, language), Breakdown(f, language), f.Value,
                    string.Join("；", f.Rows.Select(r => $"{r.Code} {r.Name}")),
                }));
            sheets[English(language, "narrative", "说明")] = XlsxSheets.Table([English(language, "Item", "项目"), English(language, "Text", "内容")],
            [
                [English(language, "Community", "社区"), report.CommunityName],
                [English(language, "Period", "统计期间"), $"{report.Period.From:yyyy-MM-dd} – {report.Period.To:yyyy-MM-dd}"],
                [English(language, "Status", "状态"), Codes.ReportStatus.Label(report.Status, language)],
                [English(language, "Submitted by", "报送人"), report.SubmittedBy],
                [English(language, "Submitted at", "报送时间"), report.SubmittedAt?.ToOffset(ChinaCalendar.Offset).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)],
                [English(language, "Work done", "工作开展情况"), report.WorkDone],
                [English(language, "Problems", "存在问题"), report.Problems],
                [English(language, "Next steps", "下步打算"), report.NextSteps],
            ]);
            name = $"monthly-{community}-{parsed:yyyy-MM}";
        }
        else
        {
            var reports = await store.ListAsync(parsed, scope, cancellationToken);
            var today = calendar.Today;
            var columns = Codes.ReportFigure.Codes;
            var rows = new List<object?[]>();
            foreach (var report in reports)
            {
                var figures = (await store.FiguresAsync(report, cancellationToken)).Where(f => f.Category is null && f.Severity is null)
                    .ToDictionary(f => f.Figure, f => f.Value);
                rows.Add([report.CommunityCode, report.CommunityName, Codes.ReportStatus.Label(report.Status, language),
                    report.IsLate(today) ? English(language, "late", "逾期") : null, .. columns.Select(c => figures.TryGetValue(c, out var v) ? (object?)v : null)]);
            }

            sheets[English(language, "roll-up", "汇总")] = XlsxSheets.Table(
                [English(language, "Code", "区划代码"), English(language, "Community", "社区"), English(language, "Status", "状态"), English(language, "Late", "逾期"),
                 .. columns.Select(c => Codes.ReportFigure.Label(c, language))], rows);
            name = $"monthly-all-{parsed:yyyy-MM}";
        }

        using var stream = new MemoryStream();
        await stream.SaveAsAsync(sheets, cancellationToken: cancellationToken);
        return Results.File(stream.ToArray(), XlsxSheets.ContentType, $"{name}.xlsx");
    }

    private static string? Breakdown(ReportFigureValue figure, Language language) =>
        figure.Category is { } category ? Codes.HazardCategory.Label(category, language)
        : figure.Severity is { } severity ? Codes.HazardSeverity.Label(severity, language)
        : null;

    private static string English(Language language, string english, string chinese) => language == Language.English ? english : chinese;
}
