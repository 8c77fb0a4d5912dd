using FireMap.Spatial.Geodesy;
using NetTopologySuite.Geometries;
using NetTopologySuite.Index.Strtree;

namespace FireMap.Spatial.Geocoding.Gazetteers;

/// <summary>
/// Nearest buildings and compounds to a point: an STR-tree over the entries' points in a locally
/// equidistant plane (longitude scaled by cos φ) proposes candidates, and the WGS84 geodesic distance
/// ranks them.
/// </summary>
internal sealed class ReverseIndex
{
    // Extra candidates taken from the plane before ranking on the ellipsoid: the scaled plane is only
    // approximately equidistant, so the true nearest may be a few places down its list.
    private const int Slack = 8;

    private readonly IReadOnlyList<GazetteerEntry> _entries;
    private readonly STRtree<int> _tree = new();
    private readonly double _scale;

    public ReverseIndex(IReadOnlyList<GazetteerEntry> entries)
    {
        _entries = entries;
        var indexed = entries.Where(e => e.Level is MatchLevel.Building or MatchLevel.Compound).ToList();
        var meanLat = indexed.Count == 0 ? 0 : indexed.Average(e => e.Lat);
        _scale = Math.Cos(meanLat * Math.PI / 180);
        foreach (var e in indexed)
        {
            _tree.Insert(Envelope(e.Lon, e.Lat), e.Id);
        }

        _tree.Build();
        Count = indexed.Count;
    }

    public int Count { get; }

    public IReadOnlyList<(GazetteerEntry Entry, double DistanceMeters)> Nearest(double lon, double lat, int limit, double maxDistanceMeters)
    {
        if (Count == 0 || limit <= 0)
        {
            return [];
        }

        var k = Math.Min(Count, limit + Slack);
        var ids = _tree.NearestNeighbour(Envelope(lon, lat), -1, new PlaneDistance(), k);
        return ids
            .Select(id => (Entry: _entries[id], DistanceMeters: Geodesic.DistanceMeters(lon, lat, _entries[id].Lon, _entries[id].Lat)))
            .Where(r => r.DistanceMeters <= maxDistanceMeters)
            .OrderBy(r => r.DistanceMeters)
            .ThenBy(r => r.Entry.Level)
            .Take(limit)
            .ToList();
    }

    private Envelope Envelope(double lon, double lat) => new(new Coordinate(lon * _scale, lat));

    private sealed class PlaneDistance : IItemDistance<Envelope, int>
    {
        public double Distance(IBoundable<Envelope, int> item1, IBoundable<Envelope, int> item2) =>
            item1.Bounds.Distance(item2.Bounds);
    }
}
