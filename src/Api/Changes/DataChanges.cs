namespace FireMap.Api.Changes;

/// <summary>
/// Where a feature reports a committed change, so that features deriving data from it follow
/// without the two knowing each other: the writer depends on this plumbing, the listeners register
/// themselves in their own <c>Add&lt;Feature&gt;</c>. The local listeners run first, then the other
/// instances serving the same database are told through <see cref="ClusterChangeNotifier"/>.
/// </summary>
public sealed class DataChanges(IEnumerable<IDataChangeListener> listeners, ClusterChangeNotifier cluster)
{
    /// <summary>Every import layer name, for an instance that may have missed notifications.</summary>
    public static readonly IReadOnlyCollection<string> AllLayers =
    [
        "communities", "grids", "compounds", "buildings", "places", "roads", "stations", "hydrants", "fire-lanes", "blockages",
        "incidents", "hazards",
    ];

    private readonly IDataChangeListener[] _listeners = [.. listeners];

    public async Task CompoundChangedAsync(long compoundId)
    {
        foreach (var listener in _listeners)
        {
            await listener.CompoundChangedAsync(compoundId);
        }

        await cluster.NotifyAsync(ClusterChange.Compound(compoundId));
    }

    public async Task LayersImportedAsync(IReadOnlyCollection<string> layers, string actor)
    {
        foreach (var listener in _listeners)
        {
            await listener.LayersImportedAsync(layers, actor);
        }

        await cluster.NotifyAsync(ClusterChange.Layers(layers));
    }

    /// <summary>
    /// The stored periods of raised risk changed and this instance put the new model in force;
    /// the other instances follow on notification (and within a minute without it).
    /// </summary>
    public Task RiskPeriodsChangedAsync() => cluster.NotifyAsync(ClusterChange.RiskPeriods());

    /// <summary>Passes a change another instance made to the local listeners.</summary>
    public async Task ReceivedAsync(ClusterChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        foreach (var listener in _listeners)
        {
            switch (change.Kind)
            {
                case ClusterChange.CompoundKind when change.CompoundId is { } id:
                    await listener.CompoundChangedElsewhereAsync(id);
                    break;
                case ClusterChange.LayersKind:
                    await listener.LayersImportedElsewhereAsync(change.LayerNames ?? []);
                    break;
                case ClusterChange.RiskPeriodsKind:
                    await listener.RiskPeriodsChangedElsewhereAsync();
                    break;
                default:
                    break;
            }
        }
    }

    /// <summary>
    /// After the listening connection was lost, notifications sent meanwhile are gone: everything an
    /// instance holds in memory is treated as changed.
    /// </summary>
    public async Task MayHaveMissedChangesAsync()
    {
        await ReceivedAsync(ClusterChange.Layers(AllLayers));
        await ReceivedAsync(ClusterChange.RiskPeriods());
    }
}
