using FireMap.Spatial.Geodesy;
using static FireMap.Spatial.Tests.Geodesy.VincentyInverse;

namespace FireMap.Spatial.Tests.Geodesy;

/// <summary>Geodesic distances against values published with their sources, never computed by this code.</summary>
public sealed class GeodesicReferenceTests
{
    // Geoscience Australia's worked example of Vincenty's formulae (GDA Technical Manual): Flinders Peak to
    // Buninyong, 54 972.271 m, published to the millimetre (GRS80; WGS84 differs by 0.1 mm in b, < 1 µm here).
    [Fact]
    public void DistanceMeters_flinders_peak_to_buninyong_matches_published_54972_271()
    {
        var s = Geodesic.DistanceMeters(Dms(144, 25, 29.52440), Dms(-37, 57, 3.72030), Dms(143, 55, 35.38390), Dms(-37, 39, 10.15610));

        Assert.Equal(54972.271, s, 0.0005);
    }

    // GeographicLib's inverse test set (Karney, geodtest.c / GeodTest.dat, WGS84): lat1, lon1, lat2, lon2,
    // s12 to 0.1 nm. Longitudes beyond ±180 in the source are given here reduced by 360 (the same points).
    [Theory]
    [InlineData(35.60777, -139.44815, -11.17491, -69.95921, 8935244.5604818305)]
    [InlineData(55.52454, 106.05087, 77.03196, -162.81766, 4105086.1713924406)]
    [InlineData(-21.97856, 142.59065, 41.84138, 98.56635, 8394328.894657671)]
    [InlineData(-66.99028, 112.2363, -12.70631, -74.09656, 11150344.2312080241)]
    [InlineData(-17.42761, 173.34268, -15.84784, 5.93557, 16076603.1631180673)]
    [InlineData(32.84994, 48.28919, -56.28556, -157.70868, 16727068.9438164461)]
    [InlineData(6.96833, 52.74123, -7.39675, -153.82709, 17102477.2496958388)]
    [InlineData(-50.56724, -16.30485, -33.56571, -94.97412, 6455670.5118668696)]
    [InlineData(-58.93002, -8.90775, -8.91104, 133.13503, 11756066.0219864627)]
    [InlineData(-68.82867, -74.28391, -50.63005, -8.36685, 3956936.926063544)]
    [InlineData(-10.62672, -32.0898, 5.883, -134.31681, 11470869.3864563009)]
    [InlineData(-21.76221, 166.90563, 48.72884, -146.02373, 9098627.3986554915)]
    [InlineData(-19.79938, -174.47484, -11.99349, -154.35109, 2319004.8601169389)]
    [InlineData(-11.95887, -116.94513, 4.57352, 7.16501, 13834722.5801401374)]
    [InlineData(-87.85331, 85.66836, 66.48646, 16.09921, 17286615.3147144645)]
    [InlineData(1.74708, 128.32011, -11.16617, 11.87109, 12942901.1241347408)]
    [InlineData(-25.72959, -144.90758, -57.70581, 90.82121, 9413446.7452453107)]
    [InlineData(-41.22777, 122.32875, -7.57291, 130.37946, 3812686.035106021)]
    [InlineData(11.01307, 138.25278, 6.62726, -112.94019, 11911190.819018408)]
    [InlineData(-29.47124, 95.14681, -27.46601, -69.15955, 13487015.8381145492)]
    public void DistanceMeters_geographiclib_test_set_within_one_micrometre(double lat1, double lon1, double lat2, double lon2, double expected)
    {
        Assert.Equal(expected, Geodesic.DistanceMeters(lon1, lat1, lon2, lat2), 1e-6);
    }

    // GeographicLib's regression cases (GeodSolve*, geodtest.c): short lines, nearly antipodal pairs that
    // broke earlier solvers, and antipodal points on the equator. Tolerances are the published ones.
    [Theory]
    [InlineData(40.6, -73.8, 49.01666667, 2.55, 5853226, 0.5)]                                      // GeodSolve0
    [InlineData(36.493349428792, 0, 36.49334942879201, 0.0000008, 0.072, 0.5e-3)]                   // GeodSolve4
    [InlineData(88.202499451857, 0, -88.202499451857, 179.981022032992859592, 20003898.214, 0.5e-3)] // GeodSolve6
    [InlineData(89.262080389218, 0, -89.262080389218, 179.992207982775375662, 20003925.854, 0.5e-3)]
    [InlineData(89.333123580033, 0, -89.333123580032997687, 179.99295812360148422, 20003926.881, 0.5e-3)]
    [InlineData(56.320923501171, 0, -56.320923501171, 179.664747671772880215, 19993558.287, 0.5e-3)] // GeodSolve9
    [InlineData(52.784459512564, 0, -52.784459512563990912, 179.634407464943777557, 19991596.095, 0.5e-3)] // GeodSolve10
    [InlineData(48.522876735459, 0, -48.52287673545898293, 179.599720456223079643, 19989144.774, 0.5e-3)] // GeodSolve11
    [InlineData(0, 0, 0, 179, 19926189, 0.5)]                                                       // GeodSolve33
    [InlineData(0, 0, 0, 179.5, 19980862, 0.5)]
    [InlineData(0, 0, 0, 180, 20003931, 0.5)]
    [InlineData(0, 0, 1, 180, 19893357, 0.5)]
    [InlineData(5, 0.00000000000001, 10, 180, 18345191.174332713, 2.5e-9)]                          // GeodSolve59
    public void DistanceMeters_geographiclib_regression_cases_match(double lat1, double lon1, double lat2, double lon2, double expected, double tolerance)
    {
        Assert.Equal(expected, Geodesic.DistanceMeters(lon1, lat1, lon2, lat2), tolerance);
    }

    // The WGS84 quarter meridian, 10 001 965.729 m (published with the ellipsoid, e.g. GeographicLib's
    // "Geodesics on an ellipsoid" tables); pole to pole is twice that.
    [Fact]
    public void DistanceMeters_equator_to_pole_is_quarter_meridian()
    {
        Assert.Equal(10001965.729, Geodesic.DistanceMeters(106.48, 0, 12.5, 90), 0.0005);
        Assert.Equal(2 * 10001965.729, Geodesic.DistanceMeters(-30, -90, 150, 90), 0.001);
    }
}
