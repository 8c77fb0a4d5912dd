using System.Globalization;
using System.Text;
using FireMap.Api.Access;
using FireMap.Api.Database;
using FireMap.Api.Errors;
using FireMap.Api.Exports;
using FireMap.Api.Security;
using FireMap.Spatial.Vocabulary;
using MiniExcelLibs;
using Npgsql;
using NpgsqlTypes;

namespace FireMap.Api.Hazards;

/// <summary>
/// <c>GET /api/exports/alerts.xlsx</c> and <c>.csv</c>: the daily alert list (每日预警清单), the same alerts as
/// GraphQL <c>alerts</c> (supervised and past the deadline, overdue, due within the configured days), in the
/// user's scope, most urgent first within each community. XLSX: one sheet per community in scope (an extra
/// sheet for hazards outside every community, when there are any), deadlines as dates and days as numbers;
/// CSV: one table with the community in its first column. Parameters: <c>community</c> (division code),
/// <c>lang=zh|en</c>. Headers and codes in the chosen language from the vocabulary.
/// </summary>
public static class HazardAlertExportEndpoints
{
    private const string CommunitiesSql = """
        SELECT c.code, c.name FROM communities c
        WHERE (@scope::bigint IS NULL OR c.id = @scope) AND (@community::text IS NULL OR c.code = @community)
        ORDER BY c.code
        """;

    public static WebApplication MapHazardAlertExports(this WebApplication app)
    {
        app.MapGet("/api/exports/alerts.{format}", ExportAsync).Allow(AccessRule.Export);
        return app;
    }

    private static async Task<IResult> ExportAsync(string format, string? community, string? lang,
        HttpContext http, NpgsqlDataSource dataSource, HazardAlerts alerts, CancellationToken cancellationToken)
    {
        if (format is not ("csv" or "xlsx"))
        {
            return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Unknown format", detail: "Use alerts.csv or alerts.xlsx.");
        }

        if (community is not null && TextInput.FindProblem(community) is { } problem)
        {
            throw Rejection.BadInput("community", problem);
        }

        var language = lang == "en" ? Language.English : Language.Chinese;
        var scope = CurrentUser.Of(http).ReadCommunityId;
        var communities = await CommunitiesAsync(dataSource, scope, community, cancellationToken);
        var list = await alerts.ListAsync(scope, community, cancellationToken);
        var header = Codes.HazardAlertColumn.Codes.Select(code => Codes.HazardAlertColumn.Label(code, language)).ToArray();
        var compounds = await CompoundNamesAsync(dataSource, list, cancellationToken);
        var rows = list
            .OrderBy(a => a.Hazard!.CommunityCode is null ? 1 : 0).ThenBy(a => a.Hazard!.CommunityCode, StringComparer.Ordinal)
            .Select(a => (a.Hazard!.CommunityCode, Values: Row(a, communities, compounds, language)))
            .ToList();

        var name = $"alerts-{community ?? "all"}";
        if (format == "csv")
        {
            var text = CsvText.Write([header, .. rows.Select(row => row.Values.Select(Text).ToArray())]);
            var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(text)).ToArray();
            return Results.File(bytes, "text/csv; charset=utf-8", $"{name}.csv");
        }

        var sheets = new Dictionary<string, object>();
        foreach (var (code, communityName) in communities)
        {
            sheets[XlsxSheets.Name(communityName, sheets)] = XlsxSheets.Table(header, rows.Where(r => r.CommunityCode == code).Select(r => r.Values));
        }

        var outside = rows.Where(r => r.CommunityCode is null).Select(r => r.Values).ToList();
        if (outside.Count > 0 || sheets.Count == 0)
        {
            sheets[XlsxSheets.Name(language == Language.English ? "No community" : "无所属社区", sheets)] = XlsxSheets.Table(header, outside);
        }

        using var stream = new MemoryStream();
        await stream.SaveAsAsync(sheets, cancellationToken: cancellationToken);
        return Results.File(stream.ToArray(), XlsxSheets.ContentType, $"{name}.xlsx");
    }

    // One value per Codes.HazardAlertColumn code, in its order: the deadline as a date, days as a number.
    private static object?[] Row(HazardAlert alert, IReadOnlyDictionary<string, string> communities,
        IReadOnlyDictionary<long, string> compounds, Language language)
    {
        var h = alert.Hazard!;
        return
        [
            h.CommunityCode is { } c && communities.TryGetValue(c, out var communityName) ? communityName : null,
            h.CompoundId is { } x && compounds.TryGetValue(x, out var compound) ? compound : null,
            Codes.HazardAlertKind.Label(alert.Kind, language), alert.Days, h.Code,
            h.Subject is { } s ? Codes.HazardSubjectType.Label(s.Type, language) : null, h.Subject?.Name, h.Subject?.Address,
            Codes.HazardCategory.Label(h.Category, language), Codes.HazardSeverity.Label(h.Severity, language),
            h.Deadline.ToDateTime(TimeOnly.MinValue), h.ResponsibleUnit, h.ResponsiblePerson,
            Codes.HazardStatus.Label(h.Status, language), h.SupervisingUnit,
        ];
    }

    private static async Task<Dictionary<string, string>> CommunitiesAsync(NpgsqlDataSource dataSource, long? scope, string? community, CancellationToken cancellationToken)
    {
        await using var command = dataSource.Routed().CreateCommand(CommunitiesSql);
        command.Parameters.Add(new NpgsqlParameter("scope", NpgsqlDbType.Bigint) { Value = (object?)scope ?? DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter("community", NpgsqlDbType.Text) { Value = (object?)community ?? DBNull.Value });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var communities = new Dictionary<string, string>(StringComparer.Ordinal);
        while (await reader.ReadAsync(cancellationToken))
        {
            communities.Add(reader.GetString(0), reader.GetString(1));
        }

        return communities;
    }

    private static async Task<Dictionary<long, string>> CompoundNamesAsync(NpgsqlDataSource dataSource, IReadOnlyList<HazardAlert> alerts, CancellationToken cancellationToken)
    {
        var ids = alerts.Select(a => a.Hazard!.CompoundId).OfType<long>().Distinct().ToArray();
        var names = new Dictionary<long, string>();
        if (ids.Length == 0)
        {
            return names;
        }

        await using var command = dataSource.Routed().CreateCommand("SELECT id, name FROM compounds WHERE id = ANY (@ids)");
        command.Parameters.AddWithValue("ids", ids);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            names[reader.GetInt64(0)] = reader.GetString(1);
        }

        return names;
    }

    private static string Text(object? value) => value switch
    {
        null => "",
        DateTime date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
