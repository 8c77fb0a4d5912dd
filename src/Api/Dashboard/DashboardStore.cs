using FireMap.Api.Database;
using FireMap.Api.Reports;
using FireMap.Spatial.Campaigns;
using Npgsql;
using NpgsqlTypes;

namespace FireMap.Api.Dashboard;

/// <summary>
/// Builds the dashboard from the monthly report's compiler (so a dashboard number and a report figure count the
/// same rows) over the last seven days, and the risk level counts of the latest run against the latest run before
/// those days.
/// </summary>
public sealed class DashboardStore(NpgsqlDataSource dataSource, MonthlyReportCompiler compiler)
{
    // The sections the dashboard shows, the registers' included; its risk levels come from one statement over all communities below.
    private static readonly IReadOnlySet<string> _sections = new HashSet<string>(StringComparer.Ordinal)
    {
        "hazards", "blockages", "inspections", "visits", "outreach", "enforcement", "duty", "public_reports", "incidents",
    };

    /// <summary>Days the dashboard's "this week" spans, today included.</summary>
    public const int WeekDays = 7;

    // Latest run on or before a day: as the report picks its run.
    private const string RunOnOrBefore = "(SELECT id FROM risk_runs WHERE as_of <= {0} ORDER BY as_of DESC, computed_at DESC, id DESC LIMIT 1)";

    private static readonly string _levels = $"""
        -- Compounds in scope by level, in the latest run and in the latest run before the week.
        WITH runs AS (SELECT {string.Format(System.Globalization.CultureInfo.InvariantCulture, RunOnOrBefore, "@today")} AS now,
                             {string.Format(System.Globalization.CultureInfo.InvariantCulture, RunOnOrBefore, "@before")} AS before)
        SELECT s.level,
               count(*) FILTER (WHERE s.run_id = runs.now)::int,
               CASE WHEN runs.before IS NULL THEN NULL ELSE count(*) FILTER (WHERE s.run_id = runs.before)::int END
        FROM runs JOIN compound_risk_scores s ON s.run_id IN (runs.now, runs.before)
        JOIN compounds x ON x.id = s.compound_id
        WHERE @scope::bigint IS NULL OR x.community_id = @scope
        GROUP BY s.level, runs.before
        """;

    /// <summary>The dashboard of the communities in scope (<paramref name="scope"/> null: all) as of <paramref name="today"/>.</summary>
    public async Task<DashboardRecord> BuildAsync(long? scope, DateOnly today, CancellationToken cancellationToken)
    {
        var weekFrom = today.AddDays(1 - WeekDays);
        var period = ReportPeriod.Span(weekFrom, today);
        var inScope = await CommunitiesAsync(scope, cancellationToken);
        var figures = await compiler.CompileEachAsync([.. inScope.Select(c => c.Id)], period, _sections, cancellationToken);
        var communities = inScope.Select((c, i) => new DashboardCommunity(c.Id, c.Code, c.Name, figures[i])).ToList();

        return new DashboardRecord(today, weekFrom, new DateOnly(today.Year, today.Month, 1), scope, communities,
            await LevelsAsync(scope, today, weekFrom.AddDays(-1), cancellationToken));
    }

    private async Task<List<(long Id, string Code, string Name)>> CommunitiesAsync(long? scope, CancellationToken cancellationToken)
    {
        await using var command = dataSource.Routed().CreateCommand("SELECT id, code, name FROM communities WHERE @scope::bigint IS NULL OR id = @scope ORDER BY code");
        command.Parameters.Add(new NpgsqlParameter("scope", NpgsqlDbType.Bigint) { Value = (object?)scope ?? DBNull.Value });
        var communities = new List<(long, string, string)>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            communities.Add((reader.GetInt64(0), reader.GetString(1), reader.GetString(2)));
        }

        return communities;
    }

    private async Task<IReadOnlyList<RiskLevelChange>> LevelsAsync(long? scope, DateOnly today, DateOnly before, CancellationToken cancellationToken)
    {
        await using var command = dataSource.Routed().CreateCommand(_levels);
        command.Parameters.Add(new NpgsqlParameter("today", NpgsqlDbType.Date) { Value = today });
        command.Parameters.Add(new NpgsqlParameter("before", NpgsqlDbType.Date) { Value = before });
        command.Parameters.Add(new NpgsqlParameter("scope", NpgsqlDbType.Bigint) { Value = (object?)scope ?? DBNull.Value });
        var found = new Dictionary<string, (int Count, int? Previous)>();
        var hasBefore = false;
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                found[reader.GetString(0)] = (reader.GetInt32(1), reader.IsDBNull(2) ? null : reader.GetInt32(2));
                hasBefore |= !reader.IsDBNull(2);
            }
        }

        // Every level, highest first, zero when no compound has it.
        return [.. new[] { "major", "significant", "general", "low" }.Select(level => found.TryGetValue(level, out var counts)
            ? new RiskLevelChange(level, counts.Count, counts.Previous ?? (hasBefore ? 0 : null))
            : new RiskLevelChange(level, 0, hasBefore ? 0 : null))];
    }
}
