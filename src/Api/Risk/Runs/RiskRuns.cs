using FireMap.Api.Database;
using FireMap.Spatial.Risk.Model;
using FireMap.Spatial.Vocabulary;
using Npgsql;
using NpgsqlTypes;

namespace FireMap.Api.Risk.Runs;

/// <summary>Reads and writes <c>risk_runs</c>: one row per (model version, as-of date), kept when the run is recomputed.</summary>
public sealed class RiskRuns(NpgsqlDataSource dataSource)
{
    // A re-run of the same (version, as-of) keeps the row and its id, so cursors and history stay valid.
    private const string Upsert = """
        INSERT INTO risk_runs (model_version, as_of, computed_at, compound_count, building_count,
                               duration_ms, gather_ms, score_ms, store_ms, trigger, actor)
        VALUES (@version, @as_of, @computed_at, @compounds, @buildings, 0, @gather, @score, 0, @trigger, @actor)
        ON CONFLICT (model_version, as_of) DO UPDATE
            SET computed_at = EXCLUDED.computed_at, compound_count = EXCLUDED.compound_count,
                building_count = EXCLUDED.building_count, gather_ms = EXCLUDED.gather_ms, score_ms = EXCLUDED.score_ms,
                trigger = EXCLUDED.trigger, actor = EXCLUDED.actor
        RETURNING id
        """;

    private const string Finish = "UPDATE risk_runs SET duration_ms = @duration, store_ms = @store WHERE id = @id";

    // Level counts come from the stored scores, so they describe the run as it is now (after any fast-path updates).
    private const string SummaryColumns = """
        SELECT r.id, r.model_version, r.as_of, r.computed_at, r.compound_count, r.building_count, r.duration_ms,
               r.gather_ms, r.score_ms, r.store_ms, r.trigger, r.actor, n.major, n.significant, n.general, n.low
        FROM risk_runs r
        LEFT JOIN LATERAL (
            -- From the stored scores, so the counts describe the run as it is now (after changes to single compounds).
            SELECT count(*) FILTER (WHERE s.level = 'major')::int AS major,
                   count(*) FILTER (WHERE s.level = 'significant')::int AS significant,
                   count(*) FILTER (WHERE s.level = 'general')::int AS general,
                   count(*) FILTER (WHERE s.level = 'low')::int AS low
            FROM compound_risk_scores s
            WHERE s.run_id = r.id
        ) n ON true
        """;

    internal static async Task<long> UpsertAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string version, DateOnly asOf,
        DateTimeOffset computedAt, RiskResults results, (int Gather, int Score) ms, RiskTrigger trigger, string actor, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(Upsert, connection, transaction);
        command.Parameters.AddWithValue("version", version);
        command.Parameters.Add(new NpgsqlParameter("as_of", NpgsqlDbType.Date) { Value = asOf });
        command.Parameters.AddWithValue("computed_at", computedAt.ToUniversalTime());
        command.Parameters.AddWithValue("compounds", results.Compounds.Count);
        command.Parameters.AddWithValue("buildings", results.BuildingCount);
        command.Parameters.AddWithValue("gather", ms.Gather);
        command.Parameters.AddWithValue("score", ms.Score);
        command.Parameters.AddWithValue("trigger", RiskCodes.ToCode(trigger));
        command.Parameters.AddWithValue("actor", actor);
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    internal static async Task FinishAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, long id, int durationMs, int storeMs,
        CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(Finish, connection, transaction);
        command.Parameters.AddWithValue("id", id);
        command.Parameters.AddWithValue("duration", durationMs);
        command.Parameters.AddWithValue("store", storeMs);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>The run of <paramref name="version"/> on <paramref name="asOf"/>, or the latest of that version when null.</summary>
    public async Task<RiskRunRef?> FindAsync(string version, DateOnly? asOf, CancellationToken cancellationToken)
    {
        await using var command = dataSource.Routed().CreateCommand("""
            SELECT id, model_version, as_of FROM risk_runs
            WHERE model_version = @version AND (@as_of::date IS NULL OR as_of = @as_of)
            ORDER BY as_of DESC
            LIMIT 1
            """);
        command.Parameters.AddWithValue("version", version);
        command.Parameters.Add(new NpgsqlParameter("as_of", NpgsqlDbType.Date) { Value = (object?)asOf ?? DBNull.Value });
        return await ReadRefAsync(command, cancellationToken);
    }

    /// <summary>A run by id, whatever its version (cursors carry the id of the run they page through).</summary>
    public async Task<RiskRunRef?> FindByIdAsync(long id, CancellationToken cancellationToken)
    {
        await using var command = dataSource.Routed().CreateCommand("SELECT id, model_version, as_of FROM risk_runs WHERE id = @id");
        command.Parameters.AddWithValue("id", id);
        return await ReadRefAsync(command, cancellationToken);
    }

    public async Task<RiskRunSummary?> SummaryAsync(long id, CancellationToken cancellationToken)
    {
        await using var command = dataSource.Routed().CreateCommand($"{SummaryColumns} WHERE r.id = @id");
        command.Parameters.AddWithValue("id", id);
        return (await ReadSummariesAsync(command, cancellationToken)).SingleOrDefault();
    }

    /// <summary>Stored runs, newest as-of date first (then newest computation).</summary>
    public async Task<IReadOnlyList<RiskRunSummary>> ListAsync(int limit, CancellationToken cancellationToken)
    {
        await using var command = dataSource.Routed().CreateCommand($"{SummaryColumns} ORDER BY r.as_of DESC, r.computed_at DESC, r.id DESC LIMIT @limit");
        command.Parameters.AddWithValue("limit", limit);
        return await ReadSummariesAsync(command, cancellationToken);
    }

    private static async Task<RiskRunRef?> ReadRefAsync(NpgsqlCommand command, CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? new RiskRunRef(reader.GetInt64(0), reader.GetString(1), reader.GetFieldValue<DateOnly>(2))
            : null;
    }

    private static async Task<List<RiskRunSummary>> ReadSummariesAsync(NpgsqlCommand command, CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var runs = new List<RiskRunSummary>();
        while (await reader.ReadAsync(cancellationToken))
        {
            runs.Add(new RiskRunSummary(
                reader.GetInt64(0), reader.GetString(1), reader.GetFieldValue<DateOnly>(2), reader.GetFieldValue<DateTimeOffset>(3),
                reader.GetInt32(4), reader.GetInt32(5), reader.GetInt32(6), reader.GetInt32(7), reader.GetInt32(8), reader.GetInt32(9),
                reader.GetString(10), reader.GetString(11),
                [(RiskLevel.Major, reader.GetInt32(12)), (RiskLevel.Significant, reader.GetInt32(13)),
                 (RiskLevel.General, reader.GetInt32(14)), (RiskLevel.Low, reader.GetInt32(15))]));
        }

        return runs;
    }
}
