using System.Globalization;
using System.Text;
using FireMap.Api.Access;
using FireMap.Api.Database;
using FireMap.Api.Exports;
using FireMap.Spatial.Vocabulary;
using MiniExcelLibs;
using Npgsql;
using NpgsqlTypes;

namespace FireMap.Api.PublicReports;

/// <summary>
/// <c>GET /api/exports/public-reports.csv</c> and <c>.xlsx</c>: reports from the public with their outcome
/// and reward, for the reward ledger. Parameters: <c>status</c>, <c>lang=zh|en</c>. Scoped like reads.
/// </summary>
public static class PublicReportExportEndpoints
{
    private const string Sql = """
        SELECT r.tracking_code, c.name, r.created_at, r.description, r.status, h.code, r.dismiss_reason, r.handled_at, r.reward_cny,
               r.rewarded_at, ST_X(r.geom), ST_Y(r.geom)
        FROM public_reports r LEFT JOIN communities c ON c.id = r.community_id LEFT JOIN hazards h ON h.id = r.hazard_id
        WHERE (@status::text IS NULL OR r.status = @status)
          AND (@scope::bigint IS NULL OR r.community_id = @scope)
        ORDER BY r.id
        LIMIT 100000
        """;

    private static readonly TimeSpan _beijing = TimeSpan.FromHours(8);

    public static WebApplication MapPublicReportExports(this WebApplication app)
    {
        app.MapGet("/api/exports/public-reports.{format}", ExportAsync).Allow(AccessRule.Operate);
        return app;
    }

    private static async Task<IResult> ExportAsync(string format, string? status, string? lang, HttpContext http, NpgsqlDataSource dataSource,
        CancellationToken cancellationToken)
    {
        if (format is not ("csv" or "xlsx"))
        {
            return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Unknown format", detail: "Use public-reports.csv or public-reports.xlsx.");
        }

        var language = lang == "en" ? Language.English : Language.Chinese;
        string[] header = language == Language.English
            ? ["tracking_code", "community", "received_at", "description", "status", "hazard", "dismiss_reason", "handled_at", "reward_cny", "rewarded_at", "lon", "lat"]
            : ["查询码", "社区", "举报时间", "举报内容", "处理状态", "隐患编号", "不予立案理由", "处理时间", "奖励金额(元)", "奖励时间", "经度", "纬度"];
        var rows = new List<string[]> { header };
        await using (var command = dataSource.Routed().CreateCommand(Sql))
        {
            command.Parameters.Add(new NpgsqlParameter("status", NpgsqlDbType.Text) { Value = Codes.PublicReportStatus.Contains(status) ? status! : DBNull.Value });
            command.Parameters.Add(new NpgsqlParameter("scope", NpgsqlDbType.Bigint) { Value = (object?)CurrentUser.Of(http).ReadCommunityId ?? DBNull.Value });
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                rows.Add([
                    reader.GetString(0), reader.IsDBNull(1) ? "" : reader.GetString(1), Local(reader.GetFieldValue<DateTimeOffset>(2)), reader.GetString(3),
                    Codes.PublicReportStatus.Label(reader.GetString(4), language), reader.IsDBNull(5) ? "" : reader.GetString(5),
                    reader.IsDBNull(6) ? "" : reader.GetString(6), reader.IsDBNull(7) ? "" : Local(reader.GetFieldValue<DateTimeOffset>(7)),
                    reader.IsDBNull(8) ? "" : reader.GetDecimal(8).ToString(CultureInfo.InvariantCulture),
                    reader.IsDBNull(9) ? "" : Local(reader.GetFieldValue<DateTimeOffset>(9)),
                    reader.GetDouble(10).ToString("F6", CultureInfo.InvariantCulture), reader.GetDouble(11).ToString("F6", CultureInfo.InvariantCulture),
                ]);
            }
        }

        if (format == "csv")
        {
            var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(CsvText.Write(rows))).ToArray();
            return Results.File(bytes, "text/csv; charset=utf-8", "public-reports.csv");
        }

        using var stream = new MemoryStream();
        var sheet = rows.Skip(1).Select(row => header.Select((column, i) => (column, value: (object)row[i])).ToDictionary(p => p.column, p => p.value));
        await stream.SaveAsAsync(sheet, sheetName: language == Language.English ? "public reports" : "群众举报", cancellationToken: cancellationToken);
        return Results.File(stream.ToArray(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "public-reports.xlsx");
    }

    private static string Local(DateTimeOffset time) => time.ToOffset(_beijing).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
