using FireMap.Api.Access;
using FireMap.Api.Database;
using FireMap.Api.Hazards;
using FireMap.Api.Units;
using FireMap.Spatial.Vocabulary;
using Npgsql;

namespace FireMap.Api.Enforcement;

/// <summary>
/// <c>GET /api/exports/enforcement.csv</c> and <c>.xlsx</c>: the enforcement cases in the user's scope, by community and
/// opening date. Parameters: <c>community</c> (division code), <c>open</c> (true: open only; false: closed only),
/// <c>lang=zh|en</c>. Days overdue by today's China-time date.
/// </summary>
public static class EnforcementExportEndpoints
{
    public static WebApplication MapEnforcementExports(this WebApplication app)
    {
        app.MapGet("/api/exports/enforcement.{format}", ExportAsync).Allow(AccessRule.Export);
        return app;
    }

    private static async Task<IResult> ExportAsync(string format, string? community, bool? open, string? lang,
        HttpContext http, NpgsqlDataSource dataSource, HazardCalendar calendar, CancellationToken cancellationToken)
    {
        if (!RegisterExport.IsFormat(format))
        {
            return RegisterExport.UnknownFormat("enforcement");
        }

        var language = RegisterExport.LanguageOf(lang);
        var today = calendar.Today;
        var query = new EnforcementQuery(today, CommunityCode: community, Open: open, ScopeCommunityId: CurrentUser.Of(http).ReadCommunityId);
        var rows = new List<object?[]>();
        await using (var command = dataSource.Routed().CreateCommand($"""
            SELECT {EnforcementSql.Columns}, c.name, u.code {EnforcementSql.From} WHERE {EnforcementSql.Filter}
            ORDER BY c.code, e.opened_on, e.code LIMIT {RegisterExport.MaxRows}
            """))
        {
            EnforcementRepository.Bind(command, query);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                var e = EnforcementRepository.Read(reader);
                var overdue = e.IsOverdueOn(today) ? today.DayNumber - e.Deadline!.Value.DayNumber : 0;
                // One value per Codes.EnforcementListColumn code, in its order.
                rows.Add([reader.GetString(reader.FieldCount - 2), e.Code, Codes.EnforcementKind.Label(e.Kind, language), e.Party,
                    reader.IsDBNull(reader.FieldCount - 1) ? "" : reader.GetString(reader.FieldCount - 1), e.PlaceName ?? "", e.Description,
                    RegisterExport.Date(e.OpenedOn), RegisterExport.Date(e.Deadline), e.Department ?? "", string.Join("；", e.HazardCodes),
                    Codes.EnforcementStatus.Label(e.Status, language), overdue, RegisterExport.Date(e.ClosedOn), e.Outcome ?? ""]);
            }
        }

        return await RegisterExport.FileAsync(format, Codes.EnforcementListColumn, language, rows, $"enforcement-{community ?? "all"}",
            language == Language.English ? "enforcement" : "执法案件", cancellationToken);
    }
}
