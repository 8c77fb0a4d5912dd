using FireMap.Api.Changes;

namespace FireMap.Api.Coverage;

/// <summary>
/// Keeps coverage current after committed changes: a compound's change may be a blockage reported or
/// cleared on one of its lanes; imported roads, lanes, blockages, stations or buildings rebuild the network.
/// A failure is logged and never undoes the change; the next change or start repairs it.
/// </summary>
public sealed class CoverageChanges(CoverageNetwork network, ILogger<CoverageChanges> logger) : IDataChangeListener
{
    private static readonly HashSet<string> _networkLayers = new(StringComparer.Ordinal) { "roads", "fire-lanes", "blockages", "stations", "buildings" };

    public async Task CompoundChangedAsync(long compoundId)
    {
        try
        {
            await network.RefreshBlockagesAsync(compoundId, CancellationToken.None);
        }
        catch (Exception e) when (e is Npgsql.NpgsqlException or InvalidOperationException or TimeoutException)
        {
            logger.LogError(e, "Coverage did not follow the change of compound {CompoundId}", compoundId);
        }
    }

    // The instance that made the change rebuilt the shared tables; this one only drops what it derived from them.
    public Task CompoundChangedElsewhereAsync(long compoundId)
    {
        network.ChangedElsewhere();
        return Task.CompletedTask;
    }

    public Task LayersImportedElsewhereAsync(IReadOnlyCollection<string> layers)
    {
        network.ChangedElsewhere();
        return Task.CompletedTask;
    }

    public async Task LayersImportedAsync(IReadOnlyCollection<string> layers, string actor)
    {
        ArgumentNullException.ThrowIfNull(layers);
        if (!layers.Any(_networkLayers.Contains))
        {
            return;
        }

        try
        {
            await network.RebuildAsync(CancellationToken.None);
        }
        catch (Exception e) when (e is Npgsql.NpgsqlException or InvalidOperationException or TimeoutException)
        {
            logger.LogError(e, "Coverage did not follow the import of {Layers}", string.Join(", ", layers));
        }
    }
}
