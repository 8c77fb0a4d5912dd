using FireMap.Spatial.Geocoding;

namespace FireMap.Api.Geocoding;

/// <summary>A geocoder over the database as it was when loaded, with the database id of each entry.</summary>
public sealed record GeocoderSnapshot(Geocoder Geocoder, IReadOnlyDictionary<(MatchLevel Level, string Code), long> Ids)
{
    /// <summary>The database id of a matched entry; null for roads and road numbers, which are derived.</summary>
    public long? IdOf(MatchLevel level, string code) => Ids.TryGetValue((level, code), out var id) ? id : null;
}
