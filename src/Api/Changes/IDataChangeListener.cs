namespace FireMap.Api.Changes;

/// <summary>
/// Told of committed changes that other features derive data from (risk scores today; caches and
/// other instances later). A listener's failure never undoes the change: it logs and repairs later.
/// </summary>
public interface IDataChangeListener
{
    /// <summary>A compound's inputs changed (a blockage reported or cleared, a hazard moved on).</summary>
    Task CompoundChangedAsync(long compoundId);

    /// <summary>Whole layers were imported, by their layer names (<c>buildings</c>, <c>hazards</c>, ...).</summary>
    Task LayersImportedAsync(IReadOnlyCollection<string> layers, string actor);
}
