using System.Globalization;
using FireMap.Api.Access;
using FireMap.Api.Errors;
using FireMap.Api.Exports;
using FireMap.Api.Risk.Inputs;
using FireMap.Api.Security;
using FireMap.Spatial.Vocabulary;
using MiniExcelLibs;
using static FireMap.Api.Reports.ReportWorkbook;

namespace FireMap.Api.Reports;

/// <summary>
/// <c>GET /api/exports/reports/monthly.xlsx?month=2026-12[&amp;community=…][&amp;lang=en]</c>: with a community, its report
/// (sheet 报告: section, figure, breakdown, value, and the rows behind each figure; sheet 说明: the narrative and who
/// submitted when); without one, the sub-district roll-up of every community in the user's scope (one row per
/// community, one column per figure, with status and lateness). The figures are the report's own: frozen once
/// submitted, compiled now for a draft. With <c>campaign=code</c> instead of <c>month=</c>, the same for the
/// campaign's final summary (总结) over the whole campaign.
/// </summary>
public static class MonthlyReportExportEndpoints
{
    public static WebApplication MapMonthlyReportExports(this WebApplication app)
    {
        app.MapGet("/api/exports/reports/monthly.xlsx", ExportAsync).Allow(AccessRule.Export);
        return app;
    }

    private static async Task<IResult> ExportAsync(string? month, string? campaign, string? community, string? lang, HttpContext http,
        MonthlyReportStore store, CampaignSummaryStore summaries, ChinaCalendar calendar, CancellationToken cancellationToken)
    {
        if (community is not null && TextInput.FindProblem(community) is { } problem)
        {
            throw Rejection.BadInput("community", problem);
        }

        if ((month is null) == (campaign is null))
        {
            throw Rejection.BadInput("month", "give either month=yyyy-MM (a monthly report) or campaign=code (the campaign's final summary)");
        }

        if (campaign is not null && TextInput.FindProblem(campaign) is { } campaignProblem)
        {
            throw Rejection.BadInput("campaign", campaignProblem);
        }

        var language = lang == "en" ? Language.English : Language.Chinese;
        var scope = CurrentUser.Of(http).ReadCommunityId;
        var (sheets, name) = campaign is null
            ? await MonthlyAsync(store, MonthlyReportStore.ParseMonth(month), community, scope, calendar.Today, language, cancellationToken)
            : await SummaryAsync(summaries, campaign, community, scope, calendar.Today, language, cancellationToken);
        using var stream = new MemoryStream();
        await stream.SaveAsAsync(sheets, cancellationToken: cancellationToken);
        return Results.File(stream.ToArray(), XlsxSheets.ContentType, $"{name}.xlsx");
    }

    private static async Task<(Dictionary<string, object> Sheets, string Name)> MonthlyAsync(MonthlyReportStore store, DateOnly month, string? community,
        long? scope, DateOnly today, Language language, CancellationToken cancellationToken)
    {
        var sheets = new Dictionary<string, object>();
        if (community is null)
        {
            var rows = new List<(string, string, object?[], IReadOnlyList<ReportFigureValue>)>();
            foreach (var report in await store.ListAsync(month, scope, cancellationToken))
            {
                rows.Add((report.CommunityCode, report.CommunityName,
                    [Codes.ReportStatus.Label(report.Status, language), report.IsLate(today) ? Text(language, "late", "逾期") : null],
                    await store.FiguresAsync(report, cancellationToken)));
            }

            sheets[Text(language, "roll-up", "汇总")] = RollUp([Text(language, "Status", "状态"), Text(language, "Late", "逾期")], rows, language);
            return (sheets, $"monthly-all-{month:yyyy-MM}");
        }

        var found = await store.FindAsync(community, month, cancellationToken);
        EnsureInScope(scope, found.CommunityId, community);
        sheets[Text(language, "report", "报告")] = Figures(await store.FiguresAsync(found, cancellationToken), language);
        sheets[Text(language, "narrative", "说明")] = Items(
        [
            [Text(language, "Community", "社区"), found.CommunityName],
            [Text(language, "Period", "统计期间"), $"{found.Period.From:yyyy-MM-dd} – {found.Period.To:yyyy-MM-dd}"],
            [Text(language, "Status", "状态"), Codes.ReportStatus.Label(found.Status, language)],
            [Text(language, "Submitted by", "报送人"), found.SubmittedBy],
            [Text(language, "Submitted at", "报送时间"), found.SubmittedAt?.ToOffset(ChinaCalendar.Offset).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)],
            [Text(language, "Work done", "工作开展情况"), found.WorkDone],
            [Text(language, "Problems", "存在问题"), found.Problems],
            [Text(language, "Next steps", "下步打算"), found.NextSteps],
        ], language);
        return (sheets, $"monthly-{community}-{month:yyyy-MM}");
    }

    private static async Task<(Dictionary<string, object> Sheets, string Name)> SummaryAsync(CampaignSummaryStore store, string campaign, string? community,
        long? scope, DateOnly today, Language language, CancellationToken cancellationToken)
    {
        var sheets = new Dictionary<string, object>();
        if (community is null)
        {
            var rows = new List<(string, string, object?[], IReadOnlyList<ReportFigureValue>)>();
            foreach (var summary in await store.ListAsync(campaign, scope, today, cancellationToken))
            {
                rows.Add((summary.CommunityCode, summary.CommunityName, [Period(summary)], await store.FiguresAsync(summary, cancellationToken)));
            }

            sheets[Text(language, "roll-up", "汇总")] = RollUp([Text(language, "Period", "统计期间")], rows, language);
            return (sheets, $"summary-all-{campaign}");
        }

        var found = await store.FindAsync(community, campaign, today, cancellationToken);
        EnsureInScope(scope, found.CommunityId, community);
        sheets[Text(language, "summary", "总结")] = Figures(await store.FiguresAsync(found, cancellationToken), language);
        sheets[Text(language, "about", "说明")] = Items(
        [
            [Text(language, "Community", "社区"), found.CommunityName],
            [Text(language, "Campaign", "专项行动"), found.Campaign.Name],
            [Text(language, "Period", "统计期间"), Period(found)],
            [Text(language, "Complete", "是否结束"), found.Complete ? Text(language, "ended", "已结束") : Text(language, "running: figures to date", "进行中，截至当日")],
        ], language);
        return (sheets, $"summary-{community}-{campaign}");
    }

    private static string Period(CampaignSummaryRecord summary) => $"{summary.Period.From:yyyy-MM-dd} – {summary.Period.To:yyyy-MM-dd}";

    private static void EnsureInScope(long? scope, long communityId, string community)
    {
        if (scope is long own && own != communityId)
        {
            throw Rejection.Of(RejectionKind.Forbidden, $"The report of community {community} lies outside your community", "community");
        }
    }
}
