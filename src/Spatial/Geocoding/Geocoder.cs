using FireMap.Spatial.Geocoding.Gazetteers;
using FireMap.Spatial.Geocoding.Matching;
using FireMap.Spatial.Geocoding.Normalization;
using FireMap.Spatial.Geocoding.Parsing;

namespace FireMap.Spatial.Geocoding;

/// <summary>
/// Geocodes Chinese addresses against a <see cref="Gazetteer"/>: ranked candidates with the matched level
/// (building, place, compound, road number, road, community), the entry and a score 0–1 (≥ 0.8 confident);
/// and reverse-geocodes points to the nearest building or compound.
/// </summary>
/// <remarks>
/// Honest by design: an address that is unknown, in another area, or ambiguous gets low-scored candidates
/// or none, never a confident wrong match; a building number a known compound lacks gives the compound.
/// Thread-safe: one instance can serve any number of threads.
/// </remarks>
public sealed class Geocoder
{
    private readonly AddressParser _parser;
    private readonly Matcher _matcher;

    /// <summary>A geocoder over a gazetteer.</summary>
    /// <param name="gazetteer">What can be found.</param>
    /// <param name="options">Scoring and parsing options; null for the defaults.</param>
    public Geocoder(Gazetteer gazetteer, GeocoderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(gazetteer);
        Gazetteer = gazetteer;
        Options = options ?? new GeocoderOptions();
        var divisions = Options.Divisions is null ? gazetteer.Divisions : gazetteer.Divisions.With(Options.Divisions.Divisions);
        _parser = new AddressParser(new AddressParserOptions { Divisions = divisions, Roads = gazetteer.RoadNames });
        _matcher = new Matcher(gazetteer, Options);
    }

    /// <summary>The gazetteer searched.</summary>
    public Gazetteer Gazetteer { get; }

    /// <summary>The options in force.</summary>
    public GeocoderOptions Options { get; }

    /// <summary>One-shot: geocodes an address with default options.</summary>
    /// <param name="gazetteer">What can be found.</param>
    /// <param name="address">Any address text.</param>
    /// <param name="limit">At most this many candidates, best first.</param>
    public static GeocodeResult Geocode(Gazetteer gazetteer, string? address, int limit = 5)
    {
        ArgumentNullException.ThrowIfNull(gazetteer);
        return gazetteer.DefaultGeocoder.Geocode(address, limit);
    }

    /// <summary>One-shot: the nearest building or compound to a point, or null for an empty gazetteer.</summary>
    /// <param name="gazetteer">What can be found.</param>
    /// <param name="lon">Longitude, EPSG:4326 degrees.</param>
    /// <param name="lat">Latitude, EPSG:4326 degrees.</param>
    public static ReverseGeocodeResult? ReverseGeocode(Gazetteer gazetteer, double lon, double lat)
    {
        ArgumentNullException.ThrowIfNull(gazetteer);
        return gazetteer.DefaultGeocoder.ReverseGeocode(lon, lat).FirstOrDefault();
    }

    /// <summary>Geocodes one address.</summary>
    /// <param name="address">Any address text; null or blank gives no candidates.</param>
    /// <param name="limit">At most this many candidates, best first (1 or more).</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="limit"/> is less than 1.</exception>
    public GeocodeResult Geocode(string? address, int limit = 5)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        var parsed = _parser.ParseNormalized(address ?? string.Empty, AddressNormalizer.Normalize(address));
        var candidates = parsed.Normalized.Length == 0 ? [] : _matcher.Match(parsed, limit);
        return new GeocodeResult(parsed, candidates);
    }

    /// <summary>Geocodes many addresses, in order, on the calling thread.</summary>
    /// <param name="addresses">The addresses; a null or blank one gives a result with no candidates.</param>
    /// <param name="limit">At most this many candidates per address.</param>
    public IReadOnlyList<GeocodeResult> GeocodeBatch(IEnumerable<string?> addresses, int limit = 1)
    {
        ArgumentNullException.ThrowIfNull(addresses);
        return addresses.Select(a => Geocode(a, limit)).ToList();
    }

    /// <summary>
    /// The buildings and compounds nearest to a point, nearest first, with the geodesic distance to each
    /// one's representative point.
    /// </summary>
    /// <param name="lon">Longitude, EPSG:4326 degrees, −180…180.</param>
    /// <param name="lat">Latitude, EPSG:4326 degrees, −90…90.</param>
    /// <param name="limit">At most this many results.</param>
    /// <param name="maxDistanceMeters">Only entries within this distance in metres.</param>
    /// <exception cref="ArgumentOutOfRangeException">A coordinate is out of range or not finite.</exception>
    public IReadOnlyList<ReverseGeocodeResult> ReverseGeocode(double lon, double lat, int limit = 1, double maxDistanceMeters = double.PositiveInfinity)
    {
        if (Geometry.GeoPoint.TryCreate(lon, lat, out var error) is null)
        {
            throw new ArgumentOutOfRangeException(nameof(lon), error);
        }

        return Gazetteer.Reverse.Nearest(lon, lat, limit, maxDistanceMeters)
            .Select(r => new ReverseGeocodeResult(r.Entry, r.DistanceMeters))
            .ToList();
    }
}
