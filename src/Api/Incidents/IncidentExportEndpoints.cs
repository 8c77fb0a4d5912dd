using System.Globalization;
using System.Text;
using FireMap.Api.Access;
using FireMap.Api.Exports;
using FireMap.Spatial.Vocabulary;
using MiniExcelLibs;

namespace FireMap.Api.Incidents;

/// <summary>
/// <c>GET /api/exports/incidents.csv</c> and <c>.xlsx</c>: recorded fires. Parameters: <c>from</c>, <c>to</c>,
/// <c>community</c> (division code), <c>lang=zh|en</c>. Scoped like reads.
/// </summary>
public static class IncidentExportEndpoints
{
    private static readonly TimeSpan _beijing = TimeSpan.FromHours(8);

    public static WebApplication MapIncidentExports(this WebApplication app)
    {
        app.MapGet("/api/exports/incidents.{format}", ExportAsync).Allow(AccessRule.Export);
        return app;
    }

    private static async Task<IResult> ExportAsync(string format, DateTimeOffset? from, DateTimeOffset? to, string? community, string? lang,
        HttpContext http, IncidentRepository incidents, CancellationToken cancellationToken)
    {
        if (format is not ("csv" or "xlsx"))
        {
            return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Unknown format", detail: "Use incidents.csv or incidents.xlsx.");
        }

        var language = lang == "en" ? Language.English : Language.Chinese;
        string[] header = language == Language.English
            ? ["code", "occurred_at", "cause", "community", "casualties", "loss_cny", "description"]
            : ["编号", "起火时间", "起火原因", "社区", "伤亡人数", "直接损失(元)", "情况"];
        var rows = new List<string[]> { header };
        var query = new IncidentQuery(from, to, null, community, CurrentUser.Of(http).ReadCommunityId);
        long? after = null;
        while (true)
        {
            var page = await incidents.ListAsync(query, after, 1000, cancellationToken);
            rows.AddRange(page.Select(i => new[]
            {
                i.Code, i.OccurredAt.ToOffset(_beijing).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture), Codes.IncidentCause.Label(i.Cause, language),
                i.CommunityCode ?? "", i.Casualties.ToString(CultureInfo.InvariantCulture), i.LossCny?.ToString(CultureInfo.InvariantCulture) ?? "",
                i.Description ?? "",
            }));
            if (page.Count < 1000 || rows.Count > 100_000)
            {
                break;
            }

            after = page[^1].Id;
        }

        if (format == "csv")
        {
            var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(CsvText.Write(rows))).ToArray();
            return Results.File(bytes, "text/csv; charset=utf-8", "incidents.csv");
        }

        using var stream = new MemoryStream();
        var sheet = rows.Skip(1).Select(row => header.Select((column, i) => (column, value: (object)row[i])).ToDictionary(p => p.column, p => p.value));
        await stream.SaveAsAsync(sheet, sheetName: language == Language.English ? "incidents" : "火灾", cancellationToken: cancellationToken);
        return Results.File(stream.ToArray(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "incidents.xlsx");
    }
}
