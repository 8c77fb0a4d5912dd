using NetTopologySuite.Algorithm;
using NetTopologySuite.Geometries;

namespace FireMap.Spatial.Geodesy;

/// <summary>
/// Geodesic distance from one EPSG:4326 point to the nearest point of a geometry. Vertices are projected
/// into an azimuthal equidistant projection centred on the point, so each vertex's distance is exact;
/// for each edge NTS finds the nearest point of the projected chord, and that point is carried back to
/// the edge's great-circle arc at the same fraction, whose exact geodesic distance is then taken. The
/// chord and the arc differ by far less than the distance, so the fraction error costs only its square
/// (sub-micrometre for edges within 10 km).
/// </summary>
internal sealed class PointToGeometryDistance
{
    private static readonly Coordinate _origin = new(0, 0);

    private readonly double _lon;
    private readonly double _lat;
    private readonly AzimuthalEquidistant _projection;
    private double _best = double.PositiveInfinity;

    /// <summary>Prepares distances from (<paramref name="lon"/>, <paramref name="lat"/>), validated EPSG:4326 degrees.</summary>
    public PointToGeometryDistance(double lon, double lat)
    {
        _lon = lon;
        _lat = lat;
        _projection = new AzimuthalEquidistant(lon, lat);
    }

    /// <summary>Distance in metres to a validated, non-empty EPSG:4326 geometry; 0 inside a polygon.</summary>
    public double To(NetTopologySuite.Geometries.Geometry geometry)
    {
        _best = double.PositiveInfinity;
        return Visit(geometry) ? 0 : _best;
    }

    // Returns true as soon as the point is found inside or on a polygon: nothing can be nearer.
    private bool Visit(NetTopologySuite.Geometries.Geometry geometry)
    {
        switch (geometry)
        {
            case Point point when !point.IsEmpty:
                _best = Math.Min(_best, Project(point.CoordinateSequence)[0].Distance(_origin));
                return _best == 0;
            case LineString line when !line.IsEmpty:
                return Edges(line.CoordinateSequence, Project(line.CoordinateSequence)) == 0;
            case Polygon polygon when !polygon.IsEmpty:
                return VisitPolygon(polygon);
            case GeometryCollection collection:
                for (var i = 0; i < collection.NumGeometries; i++)
                {
                    if (Visit(collection.GetGeometryN(i)))
                    {
                        return true;
                    }
                }

                return false;
            default:
                return false;
        }
    }

    private bool VisitPolygon(Polygon polygon)
    {
        var shell = Project(polygon.Shell.CoordinateSequence);
        var location = PointLocation.LocateInRing(_origin, shell);
        if (location == Location.Boundary)
        {
            return true;
        }

        var inside = location == Location.Interior;
        var holes = new Coordinate[polygon.NumInteriorRings][];
        for (var i = 0; i < holes.Length; i++)
        {
            holes[i] = Project(polygon.GetInteriorRingN(i).CoordinateSequence);
            var inHole = PointLocation.LocateInRing(_origin, holes[i]);
            if (inHole == Location.Boundary)
            {
                return true;
            }

            inside &= inHole == Location.Exterior;
        }

        if (inside)
        {
            return true;
        }

        Edges(polygon.Shell.CoordinateSequence, shell);
        for (var i = 0; i < holes.Length; i++)
        {
            Edges(polygon.GetInteriorRingN(i).CoordinateSequence, holes[i]);
        }

        return false;
    }

    private Coordinate[] Project(CoordinateSequence lonLat)
    {
        var projected = new Coordinate[lonLat.Count];
        for (var i = 0; i < projected.Length; i++)
        {
            projected[i] = _projection.Forward(lonLat.GetX(i), lonLat.GetY(i));
        }

        return projected;
    }

    // Updates the running minimum with the vertices and edges of one line or ring; returns it.
    private double Edges(CoordinateSequence lonLat, Coordinate[] projected)
    {
        foreach (var vertex in projected)
        {
            _best = Math.Min(_best, vertex.Distance(_origin)); // exact: the projection keeps distances from the centre
        }

        for (var i = 0; i + 1 < projected.Length; i++)
        {
            var chord = new LineSegment(projected[i], projected[i + 1]);
            var fraction = chord.ProjectionFactor(_origin);
            if (chord.Length == 0 || fraction <= 0 || fraction >= 1)
            {
                continue; // the nearest point of this edge is a vertex, already counted
            }

            // Skip edges that cannot beat the best distance: the chord is within far less than 1 % of
            // its length (plus a metre) of the arc for edges up to hundreds of kilometres.
            var chordDistance = chord.Distance(_origin);
            if (chordDistance - ((0.01 * (chordDistance + chord.Length)) + 1) > _best)
            {
                continue;
            }

            var (lon, lat) = GreatCircle.Interpolate(lonLat.GetX(i), lonLat.GetY(i), lonLat.GetX(i + 1), lonLat.GetY(i + 1), fraction);
            _best = Math.Min(_best, GeodesicInverse.Solve(_lat, _lon, lat, lon).Distance);
        }

        return _best;
    }
}
