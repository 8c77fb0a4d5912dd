using FireMap.Spatial.Geometry;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;

namespace FireMap.Spatial.Tests.Geometry;

public sealed class Wgs84GeometryCheckTests
{
    private static readonly WKTReader _wkt = new(new NetTopologySuite.NtsGeometryServices(new PrecisionModel(), 4326));

    [Theory]
    [InlineData("POINT (106.48 29.48)")]
    [InlineData("LINESTRING (106.48 29.48, 106.49 29.49)")]
    [InlineData("POLYGON ((106.48 29.48, 106.49 29.48, 106.49 29.49, 106.48 29.48))")]
    public void FindProblem_valid_wgs84_geometry_none(string wkt) =>
        Assert.Null(Wgs84GeometryCheck.FindProblem(_wkt.Read(wkt)));

    [Theory]
    [InlineData("POINT (3500000 600000)", "outside WGS84")]
    [InlineData("POINT (29.48 106.48)", "swapped")]
    [InlineData("POINT EMPTY", "empty")]
    [InlineData("POLYGON ((0 0, 1 1, 1 0, 0 1, 0 0))", "not valid")]
    public void FindProblem_unusable_geometry_named(string wkt, string expected) =>
        Assert.Contains(expected, Wgs84GeometryCheck.FindProblem(_wkt.Read(wkt)), StringComparison.Ordinal);

    [Fact]
    public void AsMultiPolygon_polygon_wrapped_with_same_shell()
    {
        var polygon = _wkt.Read("POLYGON ((106.48 29.48, 106.49 29.48, 106.49 29.49, 106.48 29.48))");

        var multi = Wgs84GeometryCheck.AsMultiPolygon(polygon);

        Assert.NotNull(multi);
        var expected = _wkt.Read("MULTIPOLYGON (((106.48 29.48, 106.49 29.48, 106.49 29.49, 106.48 29.48)))");
        Assert.Equal(expected.Normalized().AsText(), multi.Normalized().AsText());
    }

    [Fact]
    public void AsMultiPolygon_line_not_a_polygon_null() =>
        Assert.Null(Wgs84GeometryCheck.AsMultiPolygon(_wkt.Read("LINESTRING (0 0, 1 1)")));
}
