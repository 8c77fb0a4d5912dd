using FireMap.Api.Reports;
using Npgsql;

namespace FireMap.Api.Incidents;

/// <summary>The monthly report's fire section: fires in the community in the month, and those with casualties (each figure counts its rows).</summary>
public sealed class IncidentReportSection : IReportSection
{
    public string Section => "incidents";

    public async Task<IReadOnlyList<ReportFigureValue>> CompileAsync(NpgsqlConnection connection, ReportScope scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        await using var command = new NpgsqlCommand("""
            SELECT i.id, i.code, i.cause, i.casualties
            FROM incidents i JOIN communities c ON c.id = @community AND ST_Intersects(c.geom, i.geom)
            WHERE i.occurred_at >= @from_at AND i.occurred_at < @to_at
            ORDER BY i.occurred_at, i.id
            """, connection);
        command.Parameters.AddWithValue("community", scope.CommunityId);
        command.Parameters.AddWithValue("from_at", scope.FromAt);
        command.Parameters.AddWithValue("to_at", scope.ToAt);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var fires = new List<ReportRow>();
        var casualtyRows = new List<ReportRow>();
        while (await reader.ReadAsync(cancellationToken))
        {
            var row = new ReportRow("incident", reader.GetInt64(0), reader.GetString(1), reader.GetString(2));
            fires.Add(row);
            if (reader.GetInt32(3) > 0)
            {
                casualtyRows.Add(row);
            }
        }

        return
        [
            new ReportFigureValue(Section, "incidents", fires.Count, fires),
            new ReportFigureValue(Section, "incidents_with_casualties", casualtyRows.Count, casualtyRows),
        ];
    }
}
