using FireMap.Spatial.Geodesy;

namespace FireMap.Spatial.Tests.Geodesy;

/// <summary>
/// GCJ-02 and BD-09 against reference points published with independent implementations of the
/// same algorithms (the eviltransform test table; the coordtransform README example), within 0.01 m.
/// </summary>
public sealed class WebMapOffsetTests
{
    private const double Centimetre = 0.01;

    // wgsLon, wgsLat, gcjLon, gcjLat: Shanghai, Shenzhen, Beijing (eviltransform), Tiananmen (coordtransform).
    public static TheoryData<double, double, double, double> GcjReferences => new()
    {
        { 121.5272106, 31.1774276, 121.531541859215, 31.17530398364597 },
        { 113.912316, 22.543847, 113.9171764808363, 22.540796131694766 },
        { 116.377817, 39.911954, 116.38404722455657, 39.91334545536069 },
        { 116.404, 39.915, 116.41024449916938, 39.91640428150164 },
    };

    [Theory]
    [MemberData(nameof(GcjReferences))]
    public void WgsToGcj_matches_published_reference_points_within_a_centimetre(double lon, double lat, double gcjLon, double gcjLat)
    {
        var (x, y) = WebMapOffset.WgsToGcj(lon, lat);
        Assert.True(Geodesic.DistanceMeters(x, y, gcjLon, gcjLat) < Centimetre, $"{x}, {y}");
    }

    [Theory]
    [MemberData(nameof(GcjReferences))]
    public void GcjToWgs_inverts_published_reference_points_within_a_centimetre(double lon, double lat, double gcjLon, double gcjLat)
    {
        var (x, y) = WebMapOffset.GcjToWgs(gcjLon, gcjLat);
        Assert.True(Geodesic.DistanceMeters(x, y, lon, lat) < Centimetre, $"{x}, {y}");
    }

    [Fact]
    public void GcjToBd_matches_the_published_example()
    {
        var (x, y) = WebMapOffset.GcjToBd(116.404, 39.915);
        Assert.True(Geodesic.DistanceMeters(x, y, 116.41036949371029, 39.92133699351021) < Centimetre, $"{x}, {y}");
    }

    [Theory]
    [InlineData(106.48, 29.48)]
    [InlineData(106.5123456, 29.4567891)]
    [InlineData(87.6, 43.8)]
    [InlineData(121.5, 25.0)]
    public void Inverses_recover_the_wgs84_point_to_below_a_millimetre(double lon, double lat)
    {
        var gcj = WebMapOffset.WgsToGcj(lon, lat);
        var bd = WebMapOffset.WgsToBd(lon, lat);

        var fromGcj = WebMapOffset.ToWgs84(WebMapSystem.Gcj02, gcj.Lon, gcj.Lat);
        var fromBd = WebMapOffset.ToWgs84(WebMapSystem.Bd09, bd.Lon, bd.Lat);

        Assert.True(Geodesic.DistanceMeters(fromGcj.Lon, fromGcj.Lat, lon, lat) < 0.001);
        Assert.True(Geodesic.DistanceMeters(fromBd.Lon, fromBd.Lat, lon, lat) < 0.001);
    }

    [Fact]
    public void Offsets_in_chongqing_are_hundreds_of_metres_so_a_silent_mix_would_misplace_buildings()
    {
        var gcj = WebMapOffset.WgsToGcj(106.48, 29.48);
        var bd = WebMapOffset.WgsToBd(106.48, 29.48);

        Assert.InRange(Geodesic.DistanceMeters(106.48, 29.48, gcj.Lon, gcj.Lat), 300, 700);
        Assert.InRange(Geodesic.DistanceMeters(106.48, 29.48, bd.Lon, bd.Lat), 700, 1500);
    }

    [Fact]
    public void Outside_china_gcj02_equals_wgs84()
    {
        Assert.Equal((-79.38, 43.65), WebMapOffset.WgsToGcj(-79.38, 43.65));
    }
}
