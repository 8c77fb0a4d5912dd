using System.Globalization;
using FireMap.Api.Jobs;
using FireMap.Api.Risk.Inputs;
using Microsoft.Extensions.Options;
using Npgsql;

namespace FireMap.Api.Risk.Runs;

/// <summary>
/// Thins stored risk runs (docs/operations.md): every run of the last
/// <see cref="RiskOptions.KeepDailyRunsDays"/> days is kept; before that, the latest run of each month
/// (per model version) and every run pinned by <c>risk_runs.kept_reason</c> (the hook for submitted
/// monthly reports, which pin the run they cite). A pruned run's partitions are dropped with its row in
/// one transaction, so <c>riskHistory</c> answers over the kept runs and never sees half a run.
/// </summary>
internal sealed class RiskRetention(NpgsqlDataSource dataSource, ChinaCalendar calendar, IOptions<RiskOptions> options) : IScheduledJob
{
    // Runs older than the cutoff that are neither pinned nor the latest of their month.
    private const string Prunable = """
        SELECT id FROM (
            SELECT id, as_of, kept_reason,
                   row_number() OVER (PARTITION BY model_version, date_trunc('month', as_of) ORDER BY as_of DESC, id DESC) AS rank_in_month
            FROM risk_runs
        ) r
        WHERE as_of < @cutoff AND kept_reason IS NULL AND rank_in_month > 1
        ORDER BY id
        """;

    private const string Partitions = """
        SELECT c.relname FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
        WHERE i.inhparent IN ('compound_risk_scores'::regclass, 'building_risk_scores'::regclass)
          AND (starts_with(c.relname, 'compound_risk_scores_r' || @run || '_') OR starts_with(c.relname, 'building_risk_scores_r' || @run || '_'))
        """;

    public string Name => "risk-retention";

    public TimeOnly DefaultTime => new(3, 30);

    public async Task<string?> RunAsync(CancellationToken cancellationToken)
    {
        var pruned = await PruneAsync(calendar.Today.AddDays(-options.Value.KeepDailyRunsDays), cancellationToken);
        return $"{pruned} risk runs pruned";
    }

    /// <summary>Prunes the runs before <paramref name="cutoff"/> that retention does not keep; returns how many.</summary>
    public async Task<int> PruneAsync(DateOnly cutoff, CancellationToken cancellationToken)
    {
        var runs = new List<long>();
        await using (var command = dataSource.CreateCommand(Prunable))
        {
            command.Parameters.AddWithValue("cutoff", cutoff);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                runs.Add(reader.GetInt64(0));
            }
        }

        foreach (var run in runs)
        {
            await DropRunAsync(run, cancellationToken);
        }

        return runs.Count;
    }

    private async Task DropRunAsync(long run, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var tables = new List<string>();
        await using (var command = new NpgsqlCommand(Partitions, connection, transaction))
        {
            command.Parameters.AddWithValue("run", run.ToString(CultureInfo.InvariantCulture));
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                tables.Add(reader.GetString(0));
            }
        }

        // Names come from the catalogue and are made of the parent's name and numbers only.
        foreach (var table in tables)
        {
            await using var drop = new NpgsqlCommand($"DROP TABLE \"{table}\"", connection, transaction);
            await drop.ExecuteNonQueryAsync(cancellationToken);
        }

        await using (var delete = new NpgsqlCommand("DELETE FROM risk_runs WHERE id = @id", connection, transaction))
        {
            delete.Parameters.AddWithValue("id", run);
            await delete.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }
}
