using System.Globalization;
using System.Text;
using FireMap.Api.Access;
using FireMap.Api.Database;
using FireMap.Api.Exports;
using FireMap.Api.Hazards;
using FireMap.Spatial.Vocabulary;
using MiniExcelLibs;
using Npgsql;

namespace FireMap.Api.FieldWork;

/// <summary>
/// <c>GET /api/exports/visits-weekly.csv</c> and <c>.xlsx</c> (每周走访清单): the residents of a grid (or of every grid in
/// the reader's scope) due for a door-knock visit by the end of the week (Monday–Sunday containing <c>week</c>, default
/// this week), overdue first. Personal data: the <c>personal</c> rule, scoped like the register, every row an audited read.
/// </summary>
public static class VisitListExportEndpoints
{
    private static readonly TimeSpan _beijing = TimeSpan.FromHours(8);

    public static WebApplication MapVisitListExports(this WebApplication app)
    {
        app.MapGet("/api/exports/visits-weekly.{format}", ExportAsync).Allow(AccessRule.Personal);
        return app;
    }

    private static async Task<IResult> ExportAsync(string format, string? grid, DateOnly? week, string? lang, HttpContext http, NpgsqlDataSource dataSource,
        HazardCalendar calendar, CancellationToken cancellationToken)
    {
        if (format is not ("csv" or "xlsx"))
        {
            return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Unknown format", detail: "Use visits-weekly.csv or visits-weekly.xlsx.");
        }

        var language = lang == "en" ? Language.English : Language.Chinese;
        var today = calendar.Today;
        var day = week ?? today;
        var sunday = day.AddDays((7 - (int)day.DayOfWeek) % 7);
        var user = CurrentUser.Of(http);
        var rows = new List<object[]>();
        await using (var command = dataSource.Routed().CreateCommand($"""
            WITH due AS (
                SELECT {ResidentRepository.Columns}, c.name AS community_name {ResidentRepository.From}
                WHERE d.next_visit_due <= @sunday AND {ResidentScope.Filter} AND (@grid::text IS NULL OR g.code = @grid)),
            audited AS (
                INSERT INTO audit_log (actor, action, entity, entity_id)
                SELECT @actor, 'read_personal', 'vulnerable_resident', id FROM due)
            SELECT * FROM due ORDER BY community_code, grid_code, next_visit_due, id
            """))
        {
            ResidentScope.Bind(command, user);
            command.Parameters.AddWithValue("sunday", sunday);
            command.Parameters.Add(InspectionRepository.Nullable("grid", NpgsqlTypes.NpgsqlDbType.Text, grid));
            command.Parameters.AddWithValue("actor", user.UserName);
            var communities = new List<string>();
            var residents = await ResidentRepository.ReadAsync(command, cancellationToken, communities);
            foreach (var (resident, community) in residents.Zip(communities))
            {
                rows.Add(
                [
                    community, resident.GridCode ?? "", resident.Name, Codes.VulnerableCategory.Label(resident.Category, language), resident.Address,
                    resident.Phone ?? "", resident.ContactPerson ?? "", resident.ContactPhone ?? "", resident.VisitFrequencyDays,
                    resident.LastVisitAt is { } last ? last.ToOffset(_beijing).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) : "",
                    resident.NextVisitDue.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), resident.DaysOverdueOn(today),
                ]);
            }
        }

        var header = Codes.VisitListColumn.Codes.Select(code => Codes.VisitListColumn.Label(code, language)).ToArray();
        var name = $"visits-weekly-{grid ?? "all"}-{sunday:yyyyMMdd}";
        if (format == "csv")
        {
            var text = CsvText.Write([header, .. rows.Select(row => row.Select(v => Convert.ToString(v, CultureInfo.InvariantCulture) ?? "").ToArray())]);
            return Results.File(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(text)).ToArray(), "text/csv; charset=utf-8", $"{name}.csv");
        }

        using var stream = new MemoryStream();
        var sheet = rows.Select(row => header.Select((column, i) => (column, value: row[i])).ToDictionary(p => p.column, p => p.value));
        await stream.SaveAsAsync(sheet, sheetName: language == Language.English ? "visits" : "每周走访清单", cancellationToken: cancellationToken);
        return Results.File(stream.ToArray(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"{name}.xlsx");
    }
}
