using FireMap.Api.Reports;
using Npgsql;
using NpgsqlTypes;

namespace FireMap.Api.Enforcement;

/// <summary>
/// Enforcement in the monthly report: cases opened and closed in the period, and open (and of those overdue) at its
/// end — a case closed only after the period still counts as open then. 执法清零 is "enforcement_open" at 0.
/// </summary>
internal sealed class EnforcementReportSection : IReportSection
{
    public string Section => "enforcement";

    private const string Rows = "SELECT e.id, e.code, e.party FROM enforcement_cases e WHERE e.community_id = @community";

    private const string OpenAtEnd = "e.opened_on <= @to AND (e.closed_on IS NULL OR e.closed_on > @to)";

    public async Task<IReadOnlyList<ReportFigureValue>> CompileAsync(NpgsqlConnection connection, ReportScope scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        return
        [
            await FigureAsync(connection, "enforcement_opened", $"{Rows} AND e.opened_on BETWEEN @from AND @to ORDER BY e.code", scope, cancellationToken),
            await FigureAsync(connection, "enforcement_closed", $"{Rows} AND e.closed_on BETWEEN @from AND @to ORDER BY e.code", scope, cancellationToken),
            await FigureAsync(connection, "enforcement_open", $"{Rows} AND {OpenAtEnd} ORDER BY e.code", scope, cancellationToken),
            // Overdue as the list counts it: the deadline day itself is still in time.
            await FigureAsync(connection, "enforcement_overdue", $"{Rows} AND {OpenAtEnd} AND e.deadline < @to ORDER BY e.deadline, e.code", scope, cancellationToken),
        ];
    }

    private async Task<ReportFigureValue> FigureAsync(NpgsqlConnection connection, string figure, string sql, ReportScope scope, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("community", scope.CommunityId);
        command.Parameters.Add(new NpgsqlParameter("from", NpgsqlDbType.Date) { Value = scope.Period.From });
        command.Parameters.Add(new NpgsqlParameter("to", NpgsqlDbType.Date) { Value = scope.Period.To });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<ReportRow>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(new ReportRow("enforcement_case", reader.GetInt64(0), reader.GetString(1), reader.GetString(2)));
        }

        return new ReportFigureValue(Section, figure, rows.Count, rows);
    }
}
