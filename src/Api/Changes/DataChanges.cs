namespace FireMap.Api.Changes;

/// <summary>
/// Where a feature reports a committed change, so that features deriving data from it follow
/// without the two knowing each other: the writer depends on this plumbing, the listeners register
/// themselves in their own <c>Add&lt;Feature&gt;</c>.
/// </summary>
public sealed class DataChanges(IEnumerable<IDataChangeListener> listeners)
{
    private readonly IDataChangeListener[] _listeners = [.. listeners];

    public async Task CompoundChangedAsync(long compoundId)
    {
        foreach (var listener in _listeners)
        {
            await listener.CompoundChangedAsync(compoundId);
        }
    }

    public async Task LayersImportedAsync(IReadOnlyCollection<string> layers, string actor)
    {
        foreach (var listener in _listeners)
        {
            await listener.LayersImportedAsync(layers, actor);
        }
    }
}
