using System.Globalization;
using System.Text;
using FireMap.Api.Access;
using FireMap.Api.Database;
using FireMap.Api.Exports;
using FireMap.Spatial.Vocabulary;
using MiniExcelLibs;
using Npgsql;

namespace FireMap.Api.Hazards;

/// <summary>
/// <c>GET /api/exports/hazards.csv</c> and <c>.xlsx</c>: the hazard list (隐患清单) to hand out, ordered by
/// community, compound and deadline, in the user's scope. Parameters: <c>community</c> (division code),
/// <c>open</c> (true: open only; false: closed only; absent: all), <c>lang=zh|en</c>. Headers and codes
/// in the chosen language from the vocabulary; overdue days by today's China-time date.
/// </summary>
public static class HazardExportEndpoints
{
    private const int MaxRows = 100000;

    // Planners read times in China Standard Time, whatever zone the server runs in.
    private static readonly TimeSpan _beijing = TimeSpan.FromHours(8);

    public static WebApplication MapHazardExports(this WebApplication app)
    {
        app.MapGet("/api/exports/hazards.{format}", ExportAsync).Allow(AccessRule.Export);
        return app;
    }

    private static async Task<IResult> ExportAsync(string format, string? community, bool? open, string? lang,
        HttpContext http, NpgsqlDataSource dataSource, HazardCalendar calendar, CancellationToken cancellationToken)
    {
        if (format is not ("csv" or "xlsx"))
        {
            return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Unknown format", detail: "Use hazards.csv or hazards.xlsx.");
        }

        var language = lang == "en" ? Language.English : Language.Chinese;
        var today = calendar.Today;
        var header = Codes.HazardListColumn.Codes.Select(code => Codes.HazardListColumn.Label(code, language)).ToArray();
        var statuses = open switch { true => new[] { "found", "rectifying", "awaiting_review" }, false => ["closed"], null => null };
        var query = new HazardQuery(today, CommunityCode: community, Statuses: statuses, ScopeCommunityId: CurrentUser.Of(http).ReadCommunityId);
        var rows = new List<object[]>();
        await using (var command = dataSource.Routed().CreateCommand($"""
            SELECT {HazardSql.Columns}, COALESCE(c.name, ''), COALESCE(x.name, '') {HazardSql.From}
            WHERE {HazardSql.Filter}
            ORDER BY c.code, x.name, h.deadline, h.id
            LIMIT {MaxRows}
            """))
        {
            HazardRepository.Bind(command, query);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                rows.Add(Row(HazardRepository.Read(reader), reader.GetString(reader.FieldCount - 2), reader.GetString(reader.FieldCount - 1), today, language));
            }
        }

        var name = $"hazards-{community ?? "all"}";
        if (format == "csv")
        {
            var text = CsvText.Write([header, .. rows.Select(row => row.Select(Text).ToArray())]);
            var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(text)).ToArray();
            return Results.File(bytes, "text/csv; charset=utf-8", $"{name}.csv");
        }

        using var stream = new MemoryStream();
        var sheet = rows.Select(row => header.Select((column, i) => (column, value: row[i])).ToDictionary(p => p.column, p => p.value));
        await stream.SaveAsAsync(sheet, sheetName: language == Language.English ? "hazards" : "隐患清单", cancellationToken: cancellationToken);
        return Results.File(stream.ToArray(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"{name}.xlsx");
    }

    // One value per Codes.HazardListColumn code, in its order: dates as dates, counts as numbers.
    private static object[] Row(HazardRecord h, string community, string compound, DateOnly today, Language language) =>
    [
        community, compound, h.Code,
        h.Subject is { } s ? Codes.HazardSubjectType.Label(s.Type, language) : "", h.Subject?.Name ?? "", h.Subject?.Address ?? "",
        Codes.HazardCategory.Label(h.Category, language), Codes.HazardSeverity.Label(h.Severity, language), h.Description,
        h.FoundOn.ToDateTime(TimeOnly.MinValue), h.FoundBy ?? "", h.Deadline.ToDateTime(TimeOnly.MinValue),
        h.ResponsibleUnit, h.ResponsiblePerson ?? "", Codes.HazardStatus.Label(h.Status, language), h.DaysOverdueOn(today),
        YesNo(h.Supervised, language), h.SupervisingUnit ?? "", h.ClosedAt is { } closed ? closed.ToOffset(_beijing).DateTime : "",
        h.ClosingNote ?? "",
    ];

    private static string YesNo(bool value, Language language) =>
        language == Language.English ? (value ? "yes" : "no") : (value ? "是" : "否");

    private static string Text(object value) => value switch
    {
        DateTime { TimeOfDay.Ticks: 0 } date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime time => time.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
        IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
