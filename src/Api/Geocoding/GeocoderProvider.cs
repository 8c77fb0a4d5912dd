using FireMap.Spatial.Geocoding.Gazetteers;
using Npgsql;

namespace FireMap.Api.Geocoding;

/// <summary>
/// Holds the current geocoder. It is built on first use (a fraction of a second for a
/// sub-district) and rebuilt on the next use after an import changed the data.
/// </summary>
public sealed class GeocoderProvider(NpgsqlDataSource dataSource, GazetteerArea area)
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private GeocoderSnapshot? _current;

    public async Task<GeocoderSnapshot> GetAsync(CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _current) is { } current)
        {
            return current;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            return _current ??= await GazetteerLoader.LoadAsync(dataSource, area, cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Forgets the current geocoder after the data it was built from changed.</summary>
    public void Invalidate() => Volatile.Write(ref _current, null);
}
