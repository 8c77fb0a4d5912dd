using FireMap.Api.Changes;

namespace FireMap.Api.Geocoding;

/// <summary>
/// Forgets the gazetteer when a layer it is built from was imported, here or on another instance;
/// the next search builds it again from the database.
/// </summary>
public sealed class GazetteerChanges(GeocoderProvider geocoders) : IDataChangeListener
{
    private static readonly HashSet<string> _gazetteerLayers = new(StringComparer.Ordinal) { "communities", "compounds", "buildings", "places", "roads" };

    public Task CompoundChangedAsync(long compoundId) => Task.CompletedTask;

    public Task LayersImportedAsync(IReadOnlyCollection<string> layers, string actor) => LayersImportedElsewhereAsync(layers);

    public Task LayersImportedElsewhereAsync(IReadOnlyCollection<string> layers)
    {
        ArgumentNullException.ThrowIfNull(layers);
        if (layers.Any(_gazetteerLayers.Contains))
        {
            geocoders.Invalidate();
        }

        return Task.CompletedTask;
    }
}
