using FireMap.Spatial.Geocoding.Parsing;

namespace FireMap.Spatial.Geocoding.Gazetteers;

/// <summary>
/// What the geocoder can find: buildings, places, compounds, road numbers, roads and communities of one
/// area, each with a WGS84 point, indexed for matching and for reverse geocoding. Built by
/// <see cref="GazetteerBuilder"/>; immutable and thread-safe.
/// </summary>
public sealed class Gazetteer
{
    private readonly Dictionary<(MatchLevel, string), int> _byCode;
    private readonly Lazy<ReverseIndex> _reverse;
    private Geocoder? _defaultGeocoder;

    internal Gazetteer(GazetteerArea? area, List<GazetteerEntry> entries, GazetteerIndexes indexes)
    {
        Area = area;
        Entries = entries;
        Indexes = indexes;
        _byCode = entries.ToDictionary(e => (e.Level, e.Code), e => e.Id);
        _reverse = new Lazy<ReverseIndex>(() => new ReverseIndex(entries));
    }

    /// <summary>The area it covers, or null when not given (then no address is refused for its area).</summary>
    public GazetteerArea? Area { get; }

    /// <summary>All entries.</summary>
    public IReadOnlyList<GazetteerEntry> Entries { get; }

    /// <summary>The number of entries.</summary>
    public int Count => Entries.Count;

    /// <summary>The divisions its addresses are parsed with: provinces, its area and its communities.</summary>
    public AdministrativeDivisions Divisions => Indexes.Divisions;

    /// <summary>Its road names, normalised.</summary>
    public IReadOnlyCollection<string> RoadNames => Indexes.Roads.Keys;

    internal GazetteerIndexes Indexes { get; }

    internal ReverseIndex Reverse => _reverse.Value;

    /// <summary>The geocoder with default options that the one-shot entry points share.</summary>
    internal Geocoder DefaultGeocoder => LazyInitializer.EnsureInitialized(ref _defaultGeocoder, () => new Geocoder(this));

    /// <summary>The entry of this level with this code, or null.</summary>
    /// <param name="level">Its level.</param>
    /// <param name="code">Its code (for roads and road numbers, the normalised name).</param>
    public GazetteerEntry? Find(MatchLevel level, string code) =>
        _byCode.TryGetValue((level, code), out var id) ? Entries[id] : null;
}
