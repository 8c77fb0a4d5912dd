using FireMap.Spatial.Geodesy;
using static FireMap.Spatial.Tests.Geodesy.VincentyInverse;

namespace FireMap.Spatial.Tests.Geodesy;

/// <summary>
/// Short distances around Chongqing (跃进村街道, 29.48 N 106.48 E), cross-checked against two other
/// formulas: a local flat-earth approximation with the ellipsoid's radii of curvature, and Vincenty (1975).
/// </summary>
public sealed class GeodesicShortDistanceTests
{
    private const double Lon0 = 106.48;
    private const double Lat0 = 29.48;
    private const double E2 = Wgs84F * (2 - Wgs84F);

    // Vincenty's own test lines (1975, table II), to show the reference solver is right before relying on it.
    [Theory]
    [InlineData(6377397.155, 299.1528128, 55, 45, 0, -33, 26, 0, 108, 13, 0, 14110526.170)]                     // line (a), Bessel
    [InlineData(6378388, 297, 37, 19, 54.95367, 26, 7, 42.83946, 41, 28, 35.50729, 4085966.703)]                 // line (b), International
    [InlineData(6378388, 297, 35, 16, 11.24862, 67, 22, 14.77638, 137, 47, 28.31435, 8084823.839)]               // line (c), International
    public void VincentyInverse_published_lines_within_one_millimetre(
        double a, double inverseF, double d1, double m1, double s1, double d2, double m2, double s2, double dl, double ml, double sl, double expected)
    {
        var s = VincentyInverse.Distance(0, Dms(d1, m1, s1), Dms(dl, ml, sl), Dms(d2, m2, s2), a, 1 / inverseF);

        Assert.Equal(expected, s, 0.001);
    }

    [Theory]
    [InlineData(1.0)]
    [InlineData(100.0)]
    [InlineData(2000.0)]
    [InlineData(5000.0)]
    public void DistanceMeters_chongqing_north_east_diagonal_agree_with_flat_earth(double metres)
    {
        // Flat-earth error grows as (d/R)²; 1e-6 relative is ample to 100 m, 1e-5 to 5 km.
        var relative = metres <= 100 ? 1e-6 : 1e-5;
        foreach (var (dLon, dLat) in Offsets(metres))
        {
            var expected = FlatEarth(Lon0, Lat0, Lon0 + dLon, Lat0 + dLat);
            var s = Geodesic.DistanceMeters(Lon0, Lat0, Lon0 + dLon, Lat0 + dLat);

            Assert.Equal(expected, s, expected * relative);
            Assert.Equal(metres, s, metres * 1e-4); // and the offsets really are the intended length
        }
    }

    [Theory]
    [InlineData(1.0)]
    [InlineData(100.0)]
    [InlineData(2000.0)]
    [InlineData(5000.0)]
    public void DistanceMeters_chongqing_north_east_diagonal_agree_with_vincenty_to_10_micrometres(double metres)
    {
        foreach (var (dLon, dLat) in Offsets(metres))
        {
            var expected = VincentyInverse.Distance(Lon0, Lat0, Lon0 + dLon, Lat0 + dLat);

            Assert.Equal(expected, Geodesic.DistanceMeters(Lon0, Lat0, Lon0 + dLon, Lat0 + dLat), 1e-5);
        }
    }

    [Fact]
    public void DistanceMeters_random_lines_up_to_500_km_agree_with_vincenty_to_50_micrometres()
    {
        var random = new Random(20250101);
        for (var i = 0; i < 2000; i++)
        {
            var lon1 = 100 + (random.NextDouble() * 15);
            var lat1 = 20 + (random.NextDouble() * 15);
            var lon2 = lon1 + ((random.NextDouble() - 0.5) * 9);
            var lat2 = lat1 + ((random.NextDouble() - 0.5) * 9);

            var expected = VincentyInverse.Distance(lon1, lat1, lon2, lat2);

            Assert.Equal(expected, Geodesic.DistanceMeters(lon1, lat1, lon2, lat2), 5e-5);
        }
    }

    // Degree offsets of the given length to the north, the east and the north-east from the origin.
    private static (double DLon, double DLat)[] Offsets(double metres)
    {
        var (m, n) = RadiiOfCurvature(Lat0);
        var degLat = metres / (m * Math.PI / 180);
        var degLon = metres / (n * Math.Cos(Lat0 * Math.PI / 180) * Math.PI / 180);
        var diagonal = Math.Sqrt(0.5);
        return [(0, degLat), (degLon, 0), (degLon * diagonal, degLat * diagonal)];
    }

    // Local flat earth: north and east displacements from the meridional (M) and prime-vertical (N) radii
    // of curvature at the mean latitude.
    private static double FlatEarth(double lon1, double lat1, double lon2, double lat2)
    {
        var latMean = (lat1 + lat2) / 2;
        var (m, n) = RadiiOfCurvature(latMean);
        var north = m * (lat2 - lat1) * Math.PI / 180;
        var east = n * Math.Cos(latMean * Math.PI / 180) * (lon2 - lon1) * Math.PI / 180;
        return Math.Sqrt((north * north) + (east * east));
    }

    private static (double M, double N) RadiiOfCurvature(double lat)
    {
        var w2 = 1 - (E2 * Math.Pow(Math.Sin(lat * Math.PI / 180), 2));
        return (Wgs84A * (1 - E2) / Math.Pow(w2, 1.5), Wgs84A / Math.Sqrt(w2));
    }
}
