using System.Data;
using System.Globalization;
using System.Text;
using FireMap.Api.Access;
using FireMap.Api.Exports;
using FireMap.Api.Hazards;
using FireMap.Spatial.Vocabulary;
using MiniExcelLibs;

namespace FireMap.Api.Lists;

/// <summary>
/// <c>GET /api/exports/lists/{inventory|hazards|responsibility}.{xlsx|csv}</c>: the campaign's three lists
/// (底数清单, 隐患清单, 整改责任清单) in the user's scope. XLSX: a sub-district summary sheet, then one sheet per
/// community; CSV: one table with the community in its first column. Parameters: <c>community</c> (division
/// code), <c>lang=zh|en</c>. Dates are written as dates and numbers as numbers; the 缺项 column names what is missing.
/// </summary>
public static class ListExportEndpoints
{
    public static WebApplication MapListExports(this WebApplication app)
    {
        app.MapGet("/api/exports/lists/{list}.{format}", ExportAsync).Allow(AccessRule.Export);
        return app;
    }

    private static async Task<IResult> ExportAsync(string list, string format, string? community, string? lang,
        HttpContext http, IServiceProvider services, HazardCalendar calendar, CancellationToken cancellationToken)
    {
        if (list is not ("inventory" or "hazards" or "responsibility") || format is not ("csv" or "xlsx"))
        {
            return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Unknown list",
                detail: "Use inventory, hazards or responsibility, as .xlsx or .csv.");
        }

        var repository = services.GetRequiredService<ListRepository>();
        var language = lang == "en" ? Language.English : Language.Chinese;
        var scope = CurrentUser.Of(http).ReadCommunityId;
        var communities = await repository.CommunitiesAsync(scope, community, cancellationToken);
        var table = list switch
        {
            "inventory" => await repository.InventoryAsync(scope, community, language, cancellationToken),
            "hazards" => await repository.HazardsAsync(scope, community, openOnly: false, calendar.Today, language, cancellationToken),
            _ => await repository.HazardsAsync(scope, community, openOnly: true, calendar.Today, language, cancellationToken),
        };

        var name = $"{list}-{community ?? "all"}";
        if (format == "csv")
        {
            var text = CsvText.Write([table.Header, .. table.Rows.Select(row => row.Values.Select(Text).ToArray())]);
            var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(text)).ToArray();
            return Results.File(bytes, "text/csv; charset=utf-8", $"{name}.csv");
        }

        var sheets = new Dictionary<string, object> { [ListWords.Word("summary", language)] = Summary(table, communities, language) };
        foreach (var c in communities)
        {
            sheets[XlsxSheets.Name(c.Name, sheets)] = XlsxSheets.Table(table.Header, table.Rows.Where(row => row.CommunityCode == c.Code).Select(row => row.Values));
        }

        using var stream = new MemoryStream();
        await stream.SaveAsAsync(sheets, cancellationToken: cancellationToken);
        return Results.File(stream.ToArray(), XlsxSheets.ContentType, $"{name}.xlsx");
    }

    // Per community: rows and rows with gaps; for the hazard lists also open, overdue and supervised.
    private static DataTable Summary(ListTable table, IReadOnlyList<ListCommunity> communities, Language language)
    {
        var header = new List<string> { Codes.HazardListColumn.Label("community", language), ListWords.Word("rows", language), ListWords.Word("rows_with_gaps", language) };
        if (table.CountsHazards)
        {
            header.AddRange([ListWords.Word("open", language), ListWords.Word("overdue", language), Codes.HazardListColumn.Label("supervised", language)]);
        }

        var rows = communities.Select(c =>
        {
            var own = table.Rows.Where(row => row.CommunityCode == c.Code).ToList();
            object?[] counts = [c.Name, own.Count, own.Count(r => r.HasGaps)];
            return table.CountsHazards ? [.. counts, own.Count(r => r.Open), own.Count(r => r.Overdue), own.Count(r => r.Supervised)] : counts;
        });
        return XlsxSheets.Table([.. header], rows);
    }

    private static string Text(object? value) => value switch
    {
        null => "",
        DateTime date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
