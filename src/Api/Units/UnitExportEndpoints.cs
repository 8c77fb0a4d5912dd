using FireMap.Api.Access;
using FireMap.Api.Database;
using FireMap.Api.Exports;
using FireMap.Api.Hazards;
using FireMap.Spatial.Vocabulary;
using Npgsql;

namespace FireMap.Api.Units;

/// <summary>
/// <c>GET /api/exports/units.csv</c> and <c>.xlsx</c>: the unit register in the user's scope, ordered by community and
/// code. Parameters: <c>community</c> (division code), <c>keyUnit</c>, <c>concern</c> (a <c>UnitConcern</c> code),
/// <c>lang=zh|en</c>. Personal data (responsible person, manager) are never exported.
/// </summary>
public static class UnitExportEndpoints
{
    public static WebApplication MapUnitExports(this WebApplication app)
    {
        app.MapGet("/api/exports/units.{format}", ExportAsync).Allow(AccessRule.Export);
        return app;
    }

    private static async Task<IResult> ExportAsync(string format, string? community, bool? keyUnit, string? concern, string? lang,
        HttpContext http, NpgsqlDataSource dataSource, HazardCalendar calendar, CancellationToken cancellationToken)
    {
        if (!RegisterExport.IsFormat(format))
        {
            return RegisterExport.UnknownFormat("units");
        }

        if (concern is not null && !Codes.UnitConcern.Contains(concern))
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Unknown concern", detail: $"concern: one of {string.Join(", ", Codes.UnitConcern.Codes)}.");
        }

        var language = RegisterExport.LanguageOf(lang);
        var query = new UnitQuery(calendar.Today, CommunityCode: community, KeyUnit: keyUnit, Concern: concern, ScopeCommunityId: CurrentUser.Of(http).ReadCommunityId);
        var rows = new List<object?[]>();
        await using (var command = dataSource.Routed().CreateCommand($"""
            SELECT {UnitSql.Columns}, c.name {UnitSql.From} WHERE {UnitSql.Filter} ORDER BY c.code, u.code LIMIT {RegisterExport.MaxRows}
            """))
        {
            UnitRepository.Bind(command, query);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                rows.Add(Row(UnitRepository.Read(reader), reader.GetString(reader.FieldCount - 1), language));
            }
        }

        return await RegisterExport.FileAsync(format, Codes.UnitListColumn, language, rows, $"units-{community ?? "all"}",
            language == Language.English ? "units" : "辖区单位", cancellationToken);
    }

    // One value per Codes.UnitListColumn code, in its order.
    private static object?[] Row(UnitRecord u, string community, Language language) =>
    [
        community, u.GridCode ?? "", u.Code, u.Name, Codes.UnitKind.Label(u.Kind, language), ExportText.YesNo(u.KeyUnit, language), u.Address,
        string.Join("；", u.Premises.Select(p => $"{p.Code} {p.Name}")), string.Join("；", u.Concerns.Select(c => Codes.UnitConcern.Label(c, language))),
        RegisterExport.Date(u.SelfInspectedOn), RegisterExport.Date(u.CommitmentSignedOn), RegisterExport.Date(u.CommitmentNextDue),
        ExportText.YesNo(u.CommitmentPosted, language), u.Trainings.Count(t => t.People > 0), u.Trainings.Sum(t => t.People),
    ];
}
