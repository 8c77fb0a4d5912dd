using System.Globalization;
using System.Text;
using FireMap.Api.Access;
using FireMap.Api.Exports;
using FireMap.Api.Risk.Periods;
using FireMap.Api.Risk.Ranking;
using FireMap.Api.Risk.Runs;
using FireMap.Api.Risk.Storage;
using FireMap.Spatial.Risk.Model;
using FireMap.Spatial.Vocabulary;
using MiniExcelLibs;
using Npgsql;
using NpgsqlTypes;

namespace FireMap.Api.Risk.Exports;

/// <summary>
/// <c>GET /api/exports/risk-ranking.csv</c> and <c>.xlsx</c>: the compound ranking of a run with one column
/// per factor's share of the score, for analysts to hand out and annotate. Parameters: <c>level</c>
/// (low, general, significant, major), <c>communityCode</c>, <c>asOf</c> (yyyy-MM-dd; the latest run when
/// absent), <c>lang=zh|en</c> (Chinese headers and labels by default). CSV is UTF-8 with a BOM for Excel.
/// </summary>
public static class RiskExportEndpoints
{
    public static WebApplication MapRiskExports(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGet("/api/exports/risk-ranking.{format}", ExportAsync).Allow(AccessRule.Export);
        return app;
    }

    private static async Task<IResult> ExportAsync(string format, string? level, string? communityCode, string? asOf, string? lang,
        HttpContext http, RiskDatabase database, RiskRuns runs, RiskScopes scopes, RiskModelSource model, CancellationToken cancellationToken)
    {
        if (format is not ("csv" or "xlsx"))
        {
            return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Unknown format", detail: "Use risk-ranking.csv or risk-ranking.xlsx.");
        }

        if (level is not null && !RiskCodes.TryParse(level.ToLowerInvariant(), out RiskLevel _))
        {
            return Problem("level", $"must be one of {string.Join(", ", RiskCodes.Codes<RiskLevel>())}, was '{level}'");
        }

        DateOnly? date = null;
        if (asOf is not null)
        {
            if (!DateOnly.TryParseExact(asOf, "yyyy-MM-dd", out var parsed))
            {
                return Problem("asOf", $"must be a date as yyyy-MM-dd, was '{asOf}'");
            }

            date = parsed;
        }

        long? communityId = null;
        if (communityCode is not null && (communityId = await scopes.CommunityIdAsync(communityCode, cancellationToken)) is null)
        {
            return Problem("communityCode", $"no community has division code '{communityCode}'");
        }

        communityId = CurrentUser.Of(http).NarrowCommunity(communityId);

        var run = await runs.FindAsync(model.Model.Version, date, cancellationToken);
        if (run is null)
        {
            return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "No risk run",
                detail: date is null ? "No risk run has been computed yet." : $"No risk run of model {model.Model.Version} on {asOf}; run recomputeRisk(asOf) first.");
        }

        var language = lang == "en" ? Language.English : Language.Chinese;
        var header = RiskExportRows.Header(language);
        var rows = new List<object[]>();
        await using (var connection = await database.OpenConnectionAsync(cancellationToken))
        await using (var command = new NpgsqlCommand(RiskRankingSql.CompoundsForExport, connection))
        {
            command.Parameters.AddWithValue("run", run.Id);
            command.Parameters.Add(new NpgsqlParameter("community", NpgsqlDbType.Bigint) { Value = (object?)communityId ?? DBNull.Value });
            command.Parameters.Add(new NpgsqlParameter("level", NpgsqlDbType.Text) { Value = (object?)level?.ToLowerInvariant() ?? DBNull.Value });
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                rows.Add(RiskExportRows.Read(reader, run, language));
            }
        }

        var name = $"risk-ranking-{run.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}{(communityCode is null ? "" : "-" + communityCode)}";
        if (format == "csv")
        {
            var text = CsvText.Write([header, .. rows.Select(row => row.Select(RiskExportRows.Text).ToArray())]);
            return Results.File([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)], "text/csv; charset=utf-8", $"{name}.csv");
        }

        using var stream = new MemoryStream();
        var sheet = rows.Select(row => header.Select((column, i) => (column, value: row[i])).ToDictionary(p => p.column, p => p.value));
        await stream.SaveAsAsync(sheet, sheetName: language == Language.English ? "risk ranking" : "风险排名", cancellationToken: cancellationToken);
        return Results.File(stream.ToArray(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"{name}.xlsx");
    }

    private static IResult Problem(string parameter, string detail) =>
        Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: $"Invalid {parameter}", detail: $"{parameter}: {detail}");
}
