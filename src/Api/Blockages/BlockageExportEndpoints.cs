using System.Globalization;
using System.Text;
using FireMap.Api.Access;
using FireMap.Api.Database;
using FireMap.Api.Exports;
using FireMap.Spatial.Vocabulary;
using MiniExcelLibs;
using Npgsql;
using NpgsqlTypes;

namespace FireMap.Api.Blockages;

/// <summary>
/// <c>GET /api/exports/blockages.csv</c> and <c>.xlsx</c>: the blockage list to hand out per
/// community (一小区一对策), ordered by community, compound and report time. Parameters:
/// <c>community</c> (division code), <c>active</c> (default true), <c>since</c>, <c>lang=zh|en</c>.
/// </summary>
public static class BlockageExportEndpoints
{
    private const string Sql = """
        SELECT c.name, x.name, l.code, k.code, k.cause, k.remaining_width_m, k.reported_at, k.cleared_at, k.note
        FROM blockages k
        JOIN fire_lanes l ON l.id = k.lane_id
        JOIN compounds x ON x.id = l.compound_id
        JOIN communities c ON c.id = x.community_id
        WHERE (@community::text IS NULL OR c.code = @community)
          AND (@active::boolean IS NULL OR (k.cleared_at IS NULL) = @active)
          AND (@since::timestamptz IS NULL OR k.reported_at >= @since)
          AND (@scope::bigint IS NULL OR c.id = @scope)
        ORDER BY c.code, x.name, k.reported_at, k.id
        LIMIT 100000
        """;

    // Planners read times in China Standard Time, whatever zone the server runs in.
    private static readonly TimeSpan _beijing = TimeSpan.FromHours(8);

    public static WebApplication MapBlockageExports(this WebApplication app)
    {
        app.MapGet("/api/exports/blockages.{format}", ExportAsync).Allow(AccessRule.Export);
        return app;
    }

    private static async Task<IResult> ExportAsync(string format, string? community, bool? active, DateTimeOffset? since, string? lang,
        HttpContext http, NpgsqlDataSource dataSource, CancellationToken cancellationToken)
    {
        if (format is not ("csv" or "xlsx"))
        {
            return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Unknown format", detail: "Use blockages.csv or blockages.xlsx.");
        }

        var language = lang == "en" ? Language.English : Language.Chinese;
        string[] header = language == Language.English
            ? ["community", "compound", "lane", "code", "cause", "remaining_width_m", "reported_at", "status", "cleared_at", "note"]
            : ["社区", "小区", "通道编码", "占用编码", "原因", "剩余宽度(米)", "上报时间", "状态", "清除时间", "备注"];
        var rows = new List<string[]> { header };
        await using (var command = dataSource.Routed().CreateCommand(Sql))
        {
            command.Parameters.Add(new NpgsqlParameter("community", NpgsqlDbType.Text) { Value = (object?)community ?? DBNull.Value });
            command.Parameters.Add(new NpgsqlParameter("active", NpgsqlDbType.Boolean) { Value = active ?? true });
            command.Parameters.Add(new NpgsqlParameter("since", NpgsqlDbType.TimestampTz) { Value = (object?)since?.ToUniversalTime() ?? DBNull.Value });
            command.Parameters.Add(new NpgsqlParameter("scope", NpgsqlDbType.Bigint) { Value = (object?)CurrentUser.Of(http).ReadCommunityId ?? DBNull.Value });
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                var cleared = reader.IsDBNull(7) ? (DateTimeOffset?)null : reader.GetFieldValue<DateTimeOffset>(7);
                rows.Add([
                    reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3),
                    Codes.BlockageCause.Label(reader.GetString(4), language), reader.GetDecimal(5).ToString(CultureInfo.InvariantCulture),
                    Local(reader.GetFieldValue<DateTimeOffset>(6)),
                    language == Language.English ? (cleared is null ? "active" : "cleared") : (cleared is null ? "未清除" : "已清除"),
                    cleared is { } time ? Local(time) : "", reader.IsDBNull(8) ? "" : reader.GetString(8),
                ]);
            }
        }

        var name = $"blockages-{community ?? "all"}";
        if (format == "csv")
        {
            var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(CsvText.Write(rows))).ToArray();
            return Results.File(bytes, "text/csv; charset=utf-8", $"{name}.csv");
        }

        using var stream = new MemoryStream();
        var sheet = rows.Skip(1).Select(row => header.Select((column, i) => (column, value: (object)row[i])).ToDictionary(p => p.column, p => p.value));
        await stream.SaveAsAsync(sheet, sheetName: language == Language.English ? "blockages" : "占用堵塞", cancellationToken: cancellationToken);
        return Results.File(stream.ToArray(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"{name}.xlsx");
    }

    private static string Local(DateTimeOffset time) => time.ToOffset(_beijing).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
