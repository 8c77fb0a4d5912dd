using System.Globalization;
using System.Text;
using FireMap.Api.Access;
using FireMap.Api.Exports;
using FireMap.Spatial.Vocabulary;
using MiniExcelLibs;

namespace FireMap.Api.Duty;

/// <summary>
/// <c>GET /api/exports/duty-rosters.csv</c> and <c>.xlsx</c>: the duty roster to hand out (值班表). Parameters:
/// <c>from</c>, <c>to</c> (days), <c>community</c>, <c>lang=zh|en</c>. Scoped like reads.
/// </summary>
public static class DutyExportEndpoints
{
    public static WebApplication MapDutyExports(this WebApplication app)
    {
        app.MapGet("/api/exports/duty-rosters.{format}", ExportAsync).Allow(AccessRule.Export);
        return app;
    }

    private static async Task<IResult> ExportAsync(string format, DateOnly? from, DateOnly? to, string? community, string? lang, HttpContext http,
        DutyRepository duty, CancellationToken cancellationToken)
    {
        if (format is not ("csv" or "xlsx"))
        {
            return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Unknown format", detail: "Use duty-rosters.csv or duty-rosters.xlsx.");
        }

        var language = lang == "en" ? Language.English : Language.Chinese;
        string[] header = language == Language.English
            ? ["community", "kind", "title", "starts_on", "ends_on", "posts_per_day", "leader", "note"]
            : ["社区", "值守类型", "值守内容", "开始日期", "结束日期", "每日在岗人数", "牵头单位", "备注"];
        var rows = new List<string[]> { header };
        foreach (var r in await duty.RostersAsync(from, to, null, community, CurrentUser.Of(http).ReadCommunityId, cancellationToken))
        {
            rows.Add([r.CommunityCode, Codes.DutyKind.Label(r.Kind, language), r.Title, r.StartsOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                r.EndsOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), r.Posts.ToString(CultureInfo.InvariantCulture), r.Leader ?? "", r.Note ?? ""]);
        }

        if (format == "csv")
        {
            var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(CsvText.Write(rows))).ToArray();
            return Results.File(bytes, "text/csv; charset=utf-8", "duty-rosters.csv");
        }

        using var stream = new MemoryStream();
        var sheet = rows.Skip(1).Select(row => header.Select((column, i) => (column, value: (object)row[i])).ToDictionary(p => p.column, p => p.value));
        await stream.SaveAsAsync(sheet, sheetName: language == Language.English ? "duty" : "值守安排", cancellationToken: cancellationToken);
        return Results.File(stream.ToArray(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "duty-rosters.xlsx");
    }
}
