namespace FireMap.Api.Changes;

/// <summary>
/// Told of committed changes that other features derive data from (risk scores, coverage, caches).
/// A listener's failure never undoes the change: it logs and repairs later.
/// </summary>
/// <remarks>
/// The plain methods run on the instance that made the change, which also writes the derived rows.
/// The <c>Elsewhere</c> methods run on every other instance (told through PostgreSQL NOTIFY): the rows
/// are already written there, so only what an instance holds in memory has to follow.
/// </remarks>
public interface IDataChangeListener
{
    /// <summary>A compound's inputs changed (a blockage reported or cleared, a hazard moved on).</summary>
    Task CompoundChangedAsync(long compoundId);

    /// <summary>Whole layers were imported, by their layer names (<c>buildings</c>, <c>hazards</c>, ...).</summary>
    Task LayersImportedAsync(IReadOnlyCollection<string> layers, string actor);

    /// <summary>Another instance changed a compound's inputs.</summary>
    Task CompoundChangedElsewhereAsync(long compoundId) => Task.CompletedTask;

    /// <summary>
    /// Another instance imported layers, or this instance may have missed notifications (its listening
    /// connection was lost) and is told that every layer may have changed.
    /// </summary>
    Task LayersImportedElsewhereAsync(IReadOnlyCollection<string> layers) => Task.CompletedTask;

    /// <summary>Another instance changed the stored periods of raised risk (or may have, after a lost connection).</summary>
    Task RiskPeriodsChangedElsewhereAsync() => Task.CompletedTask;
}
