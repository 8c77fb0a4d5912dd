using FireMap.Api.Access;
using FireMap.Api.Database;
using FireMap.Api.Units;
using FireMap.Spatial.Vocabulary;
using Npgsql;

namespace FireMap.Api.Outreach;

/// <summary>
/// <c>GET /api/exports/outreach.csv</c> and <c>.xlsx</c>: the outreach activities in the user's scope, by community and
/// date. Parameters: <c>community</c> (division code), <c>from</c>, <c>to</c> (dates), <c>lang=zh|en</c>.
/// </summary>
public static class OutreachExportEndpoints
{
    public static WebApplication MapOutreachExports(this WebApplication app)
    {
        app.MapGet("/api/exports/outreach.{format}", ExportAsync).Allow(AccessRule.Export);
        return app;
    }

    private static async Task<IResult> ExportAsync(string format, string? community, DateOnly? from, DateOnly? to, string? lang,
        HttpContext http, NpgsqlDataSource dataSource, CancellationToken cancellationToken)
    {
        if (!RegisterExport.IsFormat(format))
        {
            return RegisterExport.UnknownFormat("outreach");
        }

        var language = RegisterExport.LanguageOf(lang);
        var query = new OutreachQuery(CommunityCode: community, From: from, To: to, ScopeCommunityId: CurrentUser.Of(http).ReadCommunityId);
        var rows = new List<object?[]>();
        await using (var command = dataSource.Routed().CreateCommand($"""
            SELECT {OutreachSql.Columns}, c.name {OutreachSql.From} WHERE {OutreachSql.Filter} ORDER BY c.code, a.held_on, a.code LIMIT {RegisterExport.MaxRows}
            """))
        {
            OutreachRepository.Bind(command, query);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                var a = OutreachRepository.Read(reader);
                // One value per Codes.OutreachListColumn code, in its order.
                rows.Add([reader.GetString(reader.FieldCount - 1), a.GridCode ?? "", a.Code, Codes.OutreachKind.Label(a.Kind, language),
                    RegisterExport.Date(a.HeldOn), a.Title, a.UnitName ?? "", a.PlaceName ?? "", a.Venue, a.Audience, a.Note]);
            }
        }

        return await RegisterExport.FileAsync(format, Codes.OutreachListColumn, language, rows, $"outreach-{community ?? "all"}",
            language == Language.English ? "outreach" : "宣传培训", cancellationToken);
    }
}
