using FireMap.Api.Reports;
using Npgsql;
using NpgsqlTypes;

namespace FireMap.Api.Duty;

/// <summary>
/// The monthly report's duty section: coverage of the next period of raised risk after the reported month
/// (days with and without a post) and the readiness checks held in the month, for the community.
/// </summary>
public sealed class DutyReportSection : IReportSection
{
    public string Section => "duty";

    public async Task<IReadOnlyList<ReportFigureValue>> CompileAsync(NpgsqlConnection connection, ReportScope scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var next = scope.Period.To.AddDays(1);
        var coverage = await DutyRepository.CoverageAsync(connection, next, null, scope.CommunityId, cancellationToken);
        // Each figure counts its rows, so coverage is told in days: covered and not; the post-days are in dutyCoverage.
        var covered = new List<ReportRow>();
        if (coverage.StartsOn is { } starts && coverage.EndsOn is { } ends)
        {
            var first = starts > next ? starts : next;
            for (var day = first; day <= ends; day = day.AddDays(1))
            {
                if (!coverage.UncoveredDays.Contains(day))
                {
                    covered.Add(new ReportRow("day", day.DayNumber, day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), coverage.PeriodName ?? ""));
                }
            }
        }

        var uncovered = coverage.UncoveredDays
            .Select(day => new ReportRow("day", day.DayNumber, day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), coverage.PeriodName ?? ""))
            .ToList();

        var checks = new List<ReportRow>();
        await using (var command = new NpgsqlCommand("""
            SELECT k.id, s.code, s.name FROM readiness_checks k JOIN stations s ON s.id = k.station_id
            WHERE s.community_id = @community AND k.checked_on BETWEEN @from AND @to
            ORDER BY k.checked_on, k.id
            """, connection))
        {
            command.Parameters.AddWithValue("community", scope.CommunityId);
            command.Parameters.Add(new NpgsqlParameter("from", NpgsqlDbType.Date) { Value = scope.Period.From });
            command.Parameters.Add(new NpgsqlParameter("to", NpgsqlDbType.Date) { Value = scope.Period.To });
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                checks.Add(new ReportRow("readiness_check", reader.GetInt64(0), reader.GetString(1), reader.GetString(2)));
            }
        }

        return
        [
            new ReportFigureValue(Section, "duty_next_holiday_days_covered", covered.Count, covered),
            new ReportFigureValue(Section, "duty_next_holiday_days_uncovered", uncovered.Count, uncovered),
            new ReportFigureValue(Section, "readiness_checks", checks.Count, checks),
        ];
    }
}
