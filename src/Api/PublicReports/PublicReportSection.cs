using FireMap.Api.Reports;
using Npgsql;

namespace FireMap.Api.PublicReports;

/// <summary>The monthly report's public-report section: received and handled in the month, waiting at its end.</summary>
public sealed class PublicReportSection : IReportSection
{
    private const string Rows = """
        SELECT r.id, r.tracking_code, left(r.description, 60) FROM public_reports r WHERE r.community_id = @community
        """;

    public string Section => "public_reports";

    public async Task<IReadOnlyList<ReportFigureValue>> CompileAsync(NpgsqlConnection connection, ReportScope scope, CancellationToken cancellationToken) =>
    [
        await FigureAsync(connection, "public_reports_received", $"{Rows} AND r.created_at >= @from_at AND r.created_at < @to_at ORDER BY r.id", scope, cancellationToken),
        await FigureAsync(connection, "public_reports_handled", $"{Rows} AND r.handled_at >= @from_at AND r.handled_at < @to_at ORDER BY r.id", scope, cancellationToken),
        await FigureAsync(connection, "public_reports_pending",
            $"{Rows} AND r.created_at < @to_at AND (r.handled_at IS NULL OR r.handled_at >= @to_at) ORDER BY r.id", scope, cancellationToken),
    ];

    private async Task<ReportFigureValue> FigureAsync(NpgsqlConnection connection, string figure, string sql, ReportScope scope, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("community", scope.CommunityId);
        command.Parameters.AddWithValue("from_at", scope.FromAt);
        command.Parameters.AddWithValue("to_at", scope.ToAt);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<ReportRow>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(new ReportRow("public_report", reader.GetInt64(0), reader.GetString(1), reader.GetString(2)));
        }

        return new ReportFigureValue(Section, figure, rows.Count, rows);
    }
}
