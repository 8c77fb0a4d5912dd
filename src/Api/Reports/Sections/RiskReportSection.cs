using Npgsql;
using NpgsqlTypes;

namespace FireMap.Api.Reports.Sections;

/// <summary>
/// The community's compounds by risk level in the latest run on or before the period's last day, and the
/// compounds whose level differs from the latest run before the period began (none when there was no such run).
/// </summary>
internal sealed class RiskReportSection : IReportSection
{
    public string Section => "risk";

    private const string Compounds = """
        SELECT 'compound', x.id, x.code, x.name, s.level
        FROM compound_risk_scores s JOIN compounds x ON x.id = s.compound_id
        WHERE s.run_id = @run AND x.community_id = @community
        ORDER BY s.score DESC, x.id
        """;

    /// <summary>The run a report's risk figures come from: the latest on or before <paramref name="day"/>, or null.</summary>
    public static async Task<long?> RunOnOrBeforeAsync(NpgsqlConnection connection, DateOnly day, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            "SELECT id FROM risk_runs WHERE as_of <= @day ORDER BY as_of DESC, computed_at DESC, id DESC LIMIT 1", connection);
        command.Parameters.Add(new NpgsqlParameter("day", NpgsqlDbType.Date) { Value = day });
        return await command.ExecuteScalarAsync(cancellationToken) as long?;
    }

    public async Task<IReadOnlyList<ReportFigureValue>> CompileAsync(NpgsqlConnection connection, ReportScope scope, CancellationToken cancellationToken)
    {
        var run = await RunOnOrBeforeAsync(connection, scope.Period.To, cancellationToken);
        var before = await RunOnOrBeforeAsync(connection, scope.Period.From.AddDays(-1), cancellationToken);
        var now = run is long r ? await LevelsAsync(connection, r, scope.CommunityId, cancellationToken) : [];
        var then = before is long b ? await LevelsAsync(connection, b, scope.CommunityId, cancellationToken) : [];
        var figures = new List<ReportFigureValue>();
        foreach (var level in new[] { "major", "significant", "general", "low" })
        {
            var rows = now.Where(c => c.Level == level).Select(c => c.Row).ToList();
            figures.Add(new ReportFigureValue(Section, $"risk_{level}", rows.Count, rows));
        }

        var earlier = then.ToDictionary(c => c.Row.Id, c => c.Level);
        var changed = before is null ? [] : now.Where(c => earlier.TryGetValue(c.Row.Id, out var level) && level != c.Level).Select(c => c.Row).ToList();
        figures.Add(new ReportFigureValue(Section, "risk_changed", changed.Count, changed));
        return figures;
    }

    private static async Task<List<(ReportRow Row, string Level)>> LevelsAsync(NpgsqlConnection connection, long run, long community, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(Compounds, connection);
        command.Parameters.AddWithValue("run", run);
        command.Parameters.AddWithValue("community", community);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<(ReportRow, string)>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add((new ReportRow(reader.GetString(0), reader.GetInt64(1), reader.GetString(2), reader.GetString(3)), reader.GetString(4)));
        }

        return rows;
    }
}
