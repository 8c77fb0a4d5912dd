using FireMap.Spatial.Geodesy;

namespace FireMap.Spatial.Tests.Geodesy;

/// <summary>Properties every distance must have, on seeded random points, plus the degenerate places.</summary>
public sealed class GeodesicPropertyTests
{
    // Half the WGS84 meridian, the longest geodesic on the ellipsoid: 2 × 10 001 965.7293 m.
    private const double HalfMeridian = 20003931.4586;

    [Fact]
    public void DistanceMeters_swapped_points_same_distance()
    {
        var random = new Random(7);
        for (var i = 0; i < 5000; i++)
        {
            var (lon1, lat1) = RandomPoint(random);
            var (lon2, lat2) = i % 2 == 0 ? RandomPoint(random) : NearAntipode(random, lon1, lat1);

            var forward = Geodesic.DistanceMeters(lon1, lat1, lon2, lat2);
            var backward = Geodesic.DistanceMeters(lon2, lat2, lon1, lat1);

            Assert.Equal(forward, backward, 1e-8);
        }
    }

    [Theory]
    [InlineData(106.48, 29.48)]
    [InlineData(0, 0)]
    [InlineData(180, 0)]
    [InlineData(-180, -45)]
    [InlineData(33, 90)]
    [InlineData(-120, -90)]
    public void DistanceMeters_coincident_points_exactly_zero(double lon, double lat)
    {
        Assert.Equal(0.0, Geodesic.DistanceMeters(lon, lat, lon, lat));
    }

    [Theory]
    [InlineData(180, 10, -180, 10)]  // the same meridian written two ways
    [InlineData(0, 90, 135, 90)]     // the north pole at any longitude
    [InlineData(-10, -90, 170, -90)] // the south pole at any longitude
    public void DistanceMeters_same_point_different_longitude_zero(double lon1, double lat1, double lon2, double lat2)
    {
        Assert.Equal(0.0, Geodesic.DistanceMeters(lon1, lat1, lon2, lat2), 1e-9);
    }

    [Fact]
    public void DistanceMeters_random_triples_satisfy_triangle_inequality()
    {
        var random = new Random(42);
        for (var i = 0; i < 3000; i++)
        {
            // Alternate local triples (within ~10 km of Chongqing) and global ones.
            var (a, b, c) = i % 2 == 0
                ? (LocalPoint(random), LocalPoint(random), LocalPoint(random))
                : (RandomPoint(random), RandomPoint(random), RandomPoint(random));

            var ab = Geodesic.DistanceMeters(a.Lon, a.Lat, b.Lon, b.Lat);
            var bc = Geodesic.DistanceMeters(b.Lon, b.Lat, c.Lon, c.Lat);
            var ac = Geodesic.DistanceMeters(a.Lon, a.Lat, c.Lon, c.Lat);

            Assert.True(ac <= ab + bc + 1e-8, $"triangle inequality broken at {a} {b} {c}: {ac} > {ab} + {bc}");
        }
    }

    [Fact]
    public void DistanceMeters_exact_antipodes_half_meridian()
    {
        // For an oblate ellipsoid the shortest path to the antipode runs over a pole: half a meridian.
        var random = new Random(11);
        for (var i = 0; i < 500; i++)
        {
            var (lon, lat) = RandomPoint(random);
            var antipodeLon = lon > 0 ? lon - 180 : lon + 180;

            Assert.Equal(HalfMeridian, Geodesic.DistanceMeters(lon, lat, antipodeLon, -lat), 1e-3);
        }
    }

    [Fact]
    public void DistanceMeters_near_antipodes_finite_and_bounded()
    {
        var random = new Random(13);
        for (var i = 0; i < 5000; i++)
        {
            var (lon1, lat1) = RandomPoint(random);
            var (lon2, lat2) = NearAntipode(random, lon1, lat1);

            var s = Geodesic.DistanceMeters(lon1, lat1, lon2, lat2);

            // Within 0.5° (in each coordinate) of the antipode: far less than 100 km short of the longest geodesic.
            Assert.InRange(s, HalfMeridian - 100000, HalfMeridian + 1e-6);
        }
    }

    [Theory]
    [InlineData(1.0)]
    [InlineData(10.0)]
    [InlineData(90.0)]
    [InlineData(179.0)]
    public void DistanceMeters_along_equator_is_arc_of_equatorial_circle(double dLon)
    {
        // Up to (1 − f)·180° the shortest path between equatorial points follows the equator: s = a·Δλ.
        var expected = Geodesic.EquatorialRadiusMeters * dLon * Math.PI / 180;

        Assert.Equal(expected, Geodesic.DistanceMeters(-dLon / 2, 0, dLon / 2, 0), 1e-6);
    }

    [Theory]
    [InlineData(double.NaN, 0, 0, 0, "lon1")]
    [InlineData(0, double.PositiveInfinity, 0, 0, "lat1")]
    [InlineData(0, 0, 180.0001, 0, "lon2")]
    [InlineData(0, 0, 0, -90.0001, "lat2")]
    [InlineData(-181, 0, 0, 0, "lon1")]
    [InlineData(0, 91, 0, 0, "lat1")]
    [InlineData(0, 0, double.NegativeInfinity, 0, "lon2")]
    [InlineData(0, 0, 0, double.NaN, "lat2")]
    [InlineData(29.48, 106.48, 0, 0, "lat1")] // lon and lat swapped
    public void DistanceMeters_bad_coordinate_throws_naming_parameter(double lon1, double lat1, double lon2, double lat2, string name)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Geodesic.DistanceMeters(lon1, lat1, lon2, lat2));

        Assert.Equal(name, error.ParamName);
    }

    private static (double Lon, double Lat) RandomPoint(Random random) =>
        ((random.NextDouble() * 360) - 180, (random.NextDouble() * 180) - 90);

    private static (double Lon, double Lat) LocalPoint(Random random) =>
        (106.48 + ((random.NextDouble() - 0.5) * 0.2), 29.48 + ((random.NextDouble() - 0.5) * 0.2));

    private static (double Lon, double Lat) NearAntipode(Random random, double lon, double lat)
    {
        var antipodeLon = (lon > 0 ? lon - 180 : lon + 180) + ((random.NextDouble() - 0.5) * 1);
        var antipodeLat = -lat + ((random.NextDouble() - 0.5) * 1);
        antipodeLon = antipodeLon > 180 ? antipodeLon - 360 : antipodeLon < -180 ? antipodeLon + 360 : antipodeLon;
        return (antipodeLon, Math.Clamp(antipodeLat, -90, 90));
    }
}
