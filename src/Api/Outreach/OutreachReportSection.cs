using FireMap.Api.Reports;
using Npgsql;
using NpgsqlTypes;

namespace FireMap.Api.Outreach;

/// <summary>
/// Outreach in the monthly report: activities held in the period, and the targets in force during it that the
/// community has met, or not yet, by the period's end (attainment counted as <c>outreachAttainment</c> does).
/// </summary>
internal sealed class OutreachReportSection : IReportSection
{
    public string Section => "outreach";

    public async Task<IReadOnlyList<ReportFigureValue>> CompileAsync(NpgsqlConnection connection, ReportScope scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var held = new List<ReportRow>();
        await using (var command = new NpgsqlCommand("""
            SELECT a.id, a.code, a.title FROM outreach_activities a
            WHERE a.community_id = @community AND a.held_on BETWEEN @from AND @to ORDER BY a.held_on, a.code
            """, connection))
        {
            command.Parameters.AddWithValue("community", scope.CommunityId);
            command.Parameters.Add(new NpgsqlParameter("from", NpgsqlDbType.Date) { Value = scope.Period.From });
            command.Parameters.Add(new NpgsqlParameter("to", NpgsqlDbType.Date) { Value = scope.Period.To });
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                held.Add(new ReportRow("outreach_activity", reader.GetInt64(0), reader.GetString(1), reader.GetString(2)));
            }
        }

        var inForce = (await OutreachRepository.AttainmentAsync(connection, scope.CommunityId, null, scope.Period.To, cancellationToken))
            .Where(a => a.Target.EndsOn >= scope.Period.From).ToList();
        List<ReportRow> Targets(bool attained) => [.. inForce.Where(a => a.Attained == attained)
            .Select(a => new ReportRow("outreach_target", a.Target.Id, a.Target.Code, $"{a.Target.Description} ({a.Met}/{a.Subjects})"))];
        var met = Targets(true);
        var unmet = Targets(false);
        return
        [
            new(Section, "outreach_activities", held.Count, held),
            new(Section, "outreach_targets_met", met.Count, met),
            new(Section, "outreach_targets_unmet", unmet.Count, unmet),
        ];
    }
}
