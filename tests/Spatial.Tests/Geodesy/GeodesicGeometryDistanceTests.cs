using FireMap.Spatial.Geodesy;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;

namespace FireMap.Spatial.Tests.Geodesy;

/// <summary>Point-to-geometry distances in EPSG:4326 against nearest points known by construction.</summary>
public sealed class GeodesicGeometryDistanceTests
{
    private const double Lon0 = 106.48;
    private const double Lat0 = 29.48;
    private static readonly WKTReader _wkt = new(new NetTopologySuite.NtsGeometryServices(new PrecisionModel(), 4326));
    private static readonly double _degLon = MetresToDegreesLon(1); // one metre east at Lat0, in degrees
    private static readonly double _degLat = 1 / 110_800.0;       // about one metre north at Lat0, in degrees

    [Fact]
    public void DistanceMeters_point_inside_polygon_zero()
    {
        var square = Square(Lon0, Lat0, 50);

        Assert.Equal(0.0, Geodesic.DistanceMeters(Lon0 + (10 * _degLon), Lat0 - (20 * _degLat), square));
    }

    [Fact]
    public void DistanceMeters_point_on_polygon_edge_zero()
    {
        var square = Square(Lon0, Lat0, 50);
        var edgeLon = square.Coordinates.Max(c => c.X);

        Assert.Equal(0.0, Geodesic.DistanceMeters(edgeLon, Lat0, square), 1e-6);
    }

    [Fact]
    public void DistanceMeters_point_100_m_east_of_square_distance_to_edge_point()
    {
        var square = Square(Lon0, Lat0, 50);
        var edgeLon = square.Coordinates.Max(c => c.X);
        var lon = edgeLon + (100 * _degLon);

        var s = Geodesic.DistanceMeters(lon, Lat0, square);

        // The foot of the perpendicular on the (north-south) east edge is at the point's latitude to
        // within a millimetre, which changes the distance by far less than a micrometre.
        Assert.Equal(Geodesic.DistanceMeters(lon, Lat0, edgeLon, Lat0), s, 1e-6);
        Assert.Equal(100, s, 0.01);
    }

    [Fact]
    public void DistanceMeters_point_off_a_corner_distance_to_that_vertex()
    {
        var square = Square(Lon0, Lat0, 50);
        var corner = square.Coordinates.MaxBy(c => c.X + c.Y)!;
        var (lon, lat) = (corner.X + (30 * _degLon), corner.Y + (40 * _degLat));

        Assert.Equal(Geodesic.DistanceMeters(lon, lat, corner.X, corner.Y), Geodesic.DistanceMeters(lon, lat, square), 1e-9);
    }

    [Fact]
    public void DistanceMeters_point_inside_hole_distance_to_hole_edge()
    {
        var outer = Square(Lon0, Lat0, 100).Shell;
        var hole = Square(Lon0, Lat0, 20).Shell;
        var donut = outer.Factory.CreatePolygon(outer, [hole]);
        var holeEdgeLon = hole.Coordinates.Max(c => c.X);
        var lon = holeEdgeLon - (5 * _degLon);

        var s = Geodesic.DistanceMeters(lon, Lat0, donut);

        Assert.Equal(Geodesic.DistanceMeters(lon, Lat0, holeEdgeLon, Lat0), s, 1e-6);
        Assert.Equal(5, s, 0.01);
    }

    [Fact]
    public void DistanceMeters_point_beside_line_distance_to_perpendicular_foot()
    {
        var line = _wkt.Read(FormattableString.Invariant($"LINESTRING ({Lon0} {Lat0 - 0.01}, {Lon0} {Lat0}, {Lon0} {Lat0 + 0.01})"));
        var lon = Lon0 - (250 * _degLon);
        var lat = Lat0 + 0.004;

        var s = Geodesic.DistanceMeters(lon, lat, line);

        Assert.Equal(Geodesic.DistanceMeters(lon, lat, Lon0, lat), s, 1e-6);
    }

    [Fact]
    public void DistanceMeters_multipolygon_distance_to_nearer_part()
    {
        var near = Square(Lon0 + (200 * _degLon), Lat0, 10);
        var far = Square(Lon0 - (900 * _degLon), Lat0, 10);
        var both = near.Factory.CreateMultiPolygon([far, near]);
        var nearEdgeLon = near.Coordinates.Min(c => c.X);

        var s = Geodesic.DistanceMeters(Lon0, Lat0, both);

        Assert.Equal(Geodesic.DistanceMeters(Lon0, Lat0, nearEdgeLon, Lat0), s, 1e-6);
        Assert.Equal(s, Geodesic.DistanceMeters(Lon0, Lat0, near), 1e-12);
    }

    [Fact]
    public void DistanceMeters_point_and_multipoint_equal_point_to_point()
    {
        var points = _wkt.Read("MULTIPOINT ((106.49 29.49), (106.47 29.485), (106.5 29.4))");
        var expected = Geodesic.DistanceMeters(Lon0, Lat0, 106.47, 29.485);

        Assert.Equal(expected, Geodesic.DistanceMeters(Lon0, Lat0, points), 1e-9);
        Assert.Equal(expected, Geodesic.DistanceMeters(Lon0, Lat0, points.GetGeometryN(1)), 1e-9);
    }

    [Fact]
    public void DistanceMeters_line_across_antimeridian_distance_to_equator()
    {
        var line = _wkt.Read("LINESTRING (179.999 0, -179.999 0)");

        var s = Geodesic.DistanceMeters(180, 0.001, line);

        Assert.Equal(Geodesic.DistanceMeters(180, 0.001, 180, 0), s, 1e-6);
    }

    [Fact]
    public void DistanceMeters_bad_arguments_throw()
    {
        var square = Square(Lon0, Lat0, 50);

        Assert.Throws<ArgumentNullException>(() => Geodesic.DistanceMeters(Lon0, Lat0, null!));
        Assert.Throws<ArgumentException>(() => Geodesic.DistanceMeters(Lon0, Lat0, _wkt.Read("POLYGON EMPTY")));
        Assert.Equal("lon", Assert.Throws<ArgumentOutOfRangeException>(() => Geodesic.DistanceMeters(200, Lat0, square)).ParamName);
        Assert.Equal("lat", Assert.Throws<ArgumentOutOfRangeException>(() => Geodesic.DistanceMeters(Lon0, double.NaN, square)).ParamName);
        Assert.Equal("geometry", Assert.Throws<ArgumentOutOfRangeException>(
            () => Geodesic.DistanceMeters(Lon0, Lat0, _wkt.Read("POINT (3500000 600000)"))).ParamName);
    }

    /// <summary>An axis-aligned square of the given half-size in metres, centred on (lon, lat), EPSG:4326.</summary>
    internal static Polygon Square(double lon, double lat, double halfMetres)
    {
        var dx = MetresToDegreesLon(halfMetres, lat);
        var dy = halfMetres / 110_800.0;
        return (Polygon)_wkt.Read(FormattableString.Invariant(
            $"POLYGON (({lon - dx} {lat - dy}, {lon + dx} {lat - dy}, {lon + dx} {lat + dy}, {lon - dx} {lat + dy}, {lon - dx} {lat - dy}))"));
    }

    private static double MetresToDegreesLon(double metres, double lat = Lat0)
    {
        // Prime-vertical radius of curvature N gives the length of a degree of longitude.
        const double e2 = Geodesic.Flattening * (2 - Geodesic.Flattening);
        var sinLat = Math.Sin(lat * Math.PI / 180);
        var n = Geodesic.EquatorialRadiusMeters / Math.Sqrt(1 - (e2 * sinLat * sinLat));
        return metres / (n * Math.Cos(lat * Math.PI / 180) * Math.PI / 180);
    }
}
