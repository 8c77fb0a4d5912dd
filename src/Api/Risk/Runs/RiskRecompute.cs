using System.Diagnostics;
using FireMap.Api.Audit;
using FireMap.Api.Changes;
using FireMap.Api.Errors;
using FireMap.Api.Risk.Inputs;
using FireMap.Api.Risk.Periods;
using FireMap.Api.Risk.Storage;
using FireMap.Spatial.Risk.Scoring;
using Npgsql;

namespace FireMap.Api.Risk.Runs;

/// <summary>
/// Recomputes stored risk scores: a whole run (gather with set-based SQL, score in parallel, store with
/// binary COPY, all in one transaction), or one compound and its buildings within today's run after a
/// change to its inputs. Recomputes take one PostgreSQL advisory lock, so they never interleave: a change
/// made during a full run is recomputed after it, never overwritten by it.
/// </summary>
public sealed class RiskRecompute(
    RiskDatabase database,
    RiskInputReader reader,
    RiskModelSource model,
    RiskRuns runs,
    ChinaCalendar calendar,
    TimeProvider time,
    ILogger<RiskRecompute> logger) : IDataChangeListener
{
    /// <summary>The advisory lock key of risk recomputes ("FMRISK").</summary>
    public const long LockKey = 0x464D_5249_534B;

    // Import layers the model reads (docs/import-formats.md names); roads, grids and hydrants change no score.
    private static readonly HashSet<string> _riskLayers = new(StringComparer.Ordinal)
    {
        "communities", "compounds", "buildings", "places", "stations", "fire-lanes", "blockages", "incidents", "hazards",
    };

    private int _requestedRuns;

    // The follow loop, start-up and the period mutations all apply model changes; one at a time, so a slow apply
    // that read an older state (a period since deleted) cannot put its model in force after a newer one.
    private readonly SemaphoreSlim _applying = new(1, 1);

    public string ModelVersion => model.Model.Version;

    /// <summary>Computes the run of the current model on <paramref name="asOf"/>, replacing it if it exists.</summary>
    /// <param name="asOf">The China-time date to score.</param>
    /// <param name="trigger">Why; a <see cref="RiskTrigger.Request"/> is audited with <paramref name="actor"/>.</param>
    /// <param name="actor">Who asked (the audit log's actor), or the service itself.</param>
    /// <param name="cancellationToken">Cancels the whole run; nothing is written then.</param>
    /// <exception cref="Rejection">CONFLICT: a requested run while another requested run is in progress.</exception>
    public async Task<RiskRunSummary> RecomputeAsync(DateOnly asOf, RiskTrigger trigger, string actor, CancellationToken cancellationToken)
    {
        if (trigger != RiskTrigger.Request)
        {
            return await RecomputeLockedAsync(asOf, trigger, actor, cancellationToken);
        }

        // A whole run takes seconds of CPU and a table's worth of writes; a second one asked for
        // meanwhile would only queue behind it and redo the same work, so it is refused. Runs the
        // service starts itself (start-up, after an import) are waited for instead: the caller
        // did not start them and cannot know of them.
        if (Interlocked.Increment(ref _requestedRuns) > 1)
        {
            Interlocked.Decrement(ref _requestedRuns);
            throw Rejection.Of(RejectionKind.Conflict,
                "A risk recompute is already running; ask again when it has finished (riskRuns lists the finished runs).",
                title: "Risk recompute already running");
        }

        try
        {
            return await RecomputeLockedAsync(asOf, trigger, actor, cancellationToken);
        }
        finally
        {
            Interlocked.Decrement(ref _requestedRuns);
        }
    }

    private async Task<RiskRunSummary> RecomputeLockedAsync(DateOnly asOf, RiskTrigger trigger, string actor, CancellationToken cancellationToken,
        RiskScorer? candidate = null)
    {
        // A model not yet in force is scored before it is put in force, so rankings never meet a version without a run.
        var scorer = candidate ?? model.Scorer;
        var version = scorer.Model.Version;
        var clock = Stopwatch.StartNew();
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await LockAsync(connection, transaction, cancellationToken);
        var lockedAt = clock.Elapsed;

        var inputs = await reader.ReadAllAsync(asOf, cancellationToken);
        var gathered = clock.Elapsed;
        var results = RiskResults.Score(scorer, inputs, asOf);
        var scored = clock.Elapsed;

        var before = await PreviousAsync(connection, transaction, version, asOf, cancellationToken);
        var runId = await RiskRuns.UpsertAsync(connection, transaction, version, asOf, time.GetUtcNow(), results,
            (Ms(gathered - lockedAt), Ms(scored - gathered)), trigger, actor, cancellationToken);
        await RiskScoreWriter.ReplaceRunAsync(connection, transaction, runId, time.GetUtcNow(), results, scorer.Model.Compound.MaxWeight, cancellationToken);
        await RiskStationCache.SaveAsync(connection, transaction, inputs.Stations, cancellationToken);
        if (ReadsRoutes(scorer))
        {
            await RiskRouteStore.ReplaceAsync(connection, transaction, runId, null, inputs.Routes, cancellationToken);
        }

        await RiskRuns.FinishAsync(connection, transaction, runId, Ms(clock.Elapsed - lockedAt), Ms(clock.Elapsed - scored), cancellationToken);
        if (trigger == RiskTrigger.Request)
        {
            var after = await AuditWriter.SnapshotForUpdateAsync(connection, transaction, "risk_runs", runId, cancellationToken);
            await AuditWriter.WriteAsync(connection, transaction, new AuditEntry(actor, "recompute", "risk_run", runId, before, after), cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        var summary = (await runs.SummaryAsync(runId, cancellationToken))!;
        logger.LogInformation(
            "Risk run {Version} {AsOf} ({Trigger}): {Compounds} compounds, {Buildings} buildings in {Duration} ms (gather {Gather}, score {Score}, store {Store})",
            summary.ModelVersion, summary.AsOf.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), summary.Trigger, summary.CompoundCount, summary.BuildingCount,
            summary.DurationMs, summary.GatherMs, summary.ScoreMs, summary.StoreMs);
        return summary;
    }

    /// <summary>Computes the run on <paramref name="asOf"/> unless the current model already has one.</summary>
    /// <returns>The new run, or null when one existed.</returns>
    public async Task<RiskRunSummary?> EnsureRunAsync(DateOnly asOf, RiskTrigger trigger, CancellationToken cancellationToken) =>
        await runs.FindAsync(ModelVersion, asOf, cancellationToken) is null
            ? await RecomputeAsync(asOf, trigger, "system", cancellationToken)
            : null;

    /// <summary>
    /// Puts a change of the stored periods of raised risk in force: the model that holds them gets its run
    /// for today first (unless another instance computed it already), then replaces the model in force.
    /// Called after <c>saveRiskPeriod</c>, at start-up and every minute, so every instance follows a change
    /// made through another.
    /// </summary>
    /// <returns>The new version in force, or null when nothing changed.</returns>
    public async Task<string?> ApplyModelChangesAsync(RiskTrigger trigger, string actor, CancellationToken cancellationToken)
    {
        await _applying.WaitAsync(cancellationToken);
        try
        {
            return await ApplyModelChangesOneAtATimeAsync(trigger, actor, cancellationToken);
        }
        finally
        {
            _applying.Release();
        }
    }

    private async Task<string?> ApplyModelChangesOneAtATimeAsync(RiskTrigger trigger, string actor, CancellationToken cancellationToken)
    {
        if (await model.ReadChangeAsync(cancellationToken) is not { } next)
        {
            return null;
        }

        var version = next.Scorer.Model.Version;
        if (await runs.FindAsync(version, calendar.Today, cancellationToken) is null)
        {
            await RecomputeLockedAsync(calendar.Today, trigger, actor, cancellationToken, next.Scorer);
        }

        model.Use(next);
        return version;
    }

    /// <summary>
    /// Recomputes one compound and its buildings in today's run, after a change to their inputs (a blockage
    /// reported or cleared). Without a run for today it computes the whole run instead.
    /// </summary>
    public async Task RecomputeCompoundAsync(long compoundId, CancellationToken cancellationToken)
    {
        var asOf = calendar.Today;
        await using (var connection = await database.OpenConnectionAsync(cancellationToken))
        {
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            await LockAsync(connection, transaction, cancellationToken);
            var scorer = model.Scorer;
            if (await runs.FindAsync(scorer.Model.Version, asOf, cancellationToken) is { } run)
            {
                var inputs = await reader.ReadCompoundAsync(asOf, compoundId, cancellationToken);
                var results = RiskResults.Score(scorer, inputs, asOf);
                await RiskScoreWriter.ReplaceCompoundAsync(connection, transaction, run.Id, compoundId, time.GetUtcNow(), results,
                    scorer.Model.Compound.MaxWeight, cancellationToken);
                await RiskStationCache.SaveAsync(connection, transaction, inputs.Stations, cancellationToken);
                if (ReadsRoutes(scorer))
                {
                    await RiskRouteStore.ReplaceAsync(connection, transaction, run.Id, compoundId, inputs.Routes, cancellationToken);
                }

                await transaction.CommitAsync(cancellationToken);
                return;
            }
        }

        await RecomputeAsync(asOf, RiskTrigger.Daily, "system", cancellationToken);
    }

    /// <summary>
    /// Called after a committed change to a compound's inputs. The change stands whatever happens here: a
    /// failed recompute is logged, and the next run repairs the scores.
    /// </summary>
    public async Task CompoundChangedAsync(long compoundId)
    {
        try
        {
            // Not the request's token: the change is committed, and its scores should follow even if the client has gone.
            await RecomputeCompoundAsync(compoundId, CancellationToken.None);
        }
        catch (Exception e) when (e is NpgsqlException or ArgumentException or InvalidOperationException)
        {
            logger.LogError(e, "Risk recompute of compound {Compound} after a change failed; scores stay as they were until the next run", compoundId);
        }
    }

    /// <summary>Called after an import through the API: recomputes today's run when a layer the model reads changed.</summary>
    public async Task LayersImportedAsync(IReadOnlyCollection<string> layers, string actor)
    {
        if (!layers.Any(_riskLayers.Contains))
        {
            return;
        }

        try
        {
            await RecomputeAsync(calendar.Today, RiskTrigger.Import, actor, CancellationToken.None);
        }
        catch (Exception e) when (e is NpgsqlException or ArgumentException or InvalidOperationException)
        {
            logger.LogError(e, "Risk recompute after an import failed; scores stay as they were until the next run");
        }
    }

    /// <summary>Another instance changed the periods: the model it put in force (and its run) is read from the database.</summary>
    public async Task RiskPeriodsChangedElsewhereAsync()
    {
        try
        {
            await ApplyModelChangesAsync(RiskTrigger.Configuration, "system", CancellationToken.None);
        }
        catch (Exception e) when (e is NpgsqlException or ArgumentException or InvalidOperationException or Spatial.Risk.Model.RiskModelException)
        {
            logger.LogError(e, "The periods of raised risk changed elsewhere could not be put in force; the one-minute follow tries again");
        }
    }

    // A run whose model reads routed time keeps the times it used: they are its inputs, and a replay of its date reads them.
    private static bool ReadsRoutes(RiskScorer scorer) =>
        scorer.Model.Consequence.FireStationDistance.Routed || scorer.Model.Consequence.MicroStationDistance.Routed;

    private static int Ms(TimeSpan span) => (int)Math.Round(span.TotalMilliseconds);

    private static async Task LockAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT pg_advisory_xact_lock(@key)", connection, transaction);
        command.Parameters.AddWithValue("key", LockKey);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task<string?> PreviousAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string version, DateOnly asOf,
        CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            "SELECT to_jsonb(r)::text FROM risk_runs r WHERE r.model_version = @version AND r.as_of = @as_of", connection, transaction);
        command.Parameters.AddWithValue("version", version);
        command.Parameters.Add(new NpgsqlParameter("as_of", NpgsqlTypes.NpgsqlDbType.Date) { Value = asOf });
        return (string?)await command.ExecuteScalarAsync(cancellationToken);
    }
}
