using NetTopologySuite.Geometries;

namespace FireMap.DemoData.Geometry;

/// <summary>
/// A local plane in metres around the centre of the sub-district, turned to the street grid.
/// The map is affine, so a point interpolated on a local line stays on the written WGS84 line
/// (up to the 7-decimal rounding, about 1 cm).
/// </summary>
internal sealed class LocalProjection
{
    private readonly double _lon0;
    private readonly double _lat0;
    private readonly double _cos;
    private readonly double _sin;
    private readonly double _metresPerDegreeLon;
    private readonly double _metresPerDegreeLat;

    public LocalProjection(double lon0, double lat0, double rotationDegrees)
    {
        _lon0 = lon0;
        _lat0 = lat0;
        var phi = lat0 * Math.PI / 180;
        // Series for the WGS84 ellipsoid; at 3 km from the centre the error is a few centimetres.
        _metresPerDegreeLat = 111132.92 - 559.82 * Math.Cos(2 * phi) + 1.175 * Math.Cos(4 * phi);
        _metresPerDegreeLon = 111412.84 * Math.Cos(phi) - 93.5 * Math.Cos(3 * phi);
        var theta = rotationDegrees * Math.PI / 180;
        _cos = Math.Cos(theta);
        _sin = Math.Sin(theta);
    }

    public static LocalProjection Demo { get; } =
        new(DemoSettings.CentreLon, DemoSettings.CentreLat, DemoSettings.GridRotationDegrees);

    public (double Lon, double Lat) ToLonLat(double x, double y)
    {
        var east = x * _cos - y * _sin;
        var north = x * _sin + y * _cos;
        return (Round(_lon0 + east / _metresPerDegreeLon), Round(_lat0 + north / _metresPerDegreeLat));
    }

    public (double X, double Y) ToLocal(double lon, double lat)
    {
        var east = (lon - _lon0) * _metresPerDegreeLon;
        var north = (lat - _lat0) * _metresPerDegreeLat;
        return (east * _cos + north * _sin, -east * _sin + north * _cos);
    }

    public TGeometry ToLonLat<TGeometry>(TGeometry local)
        where TGeometry : NetTopologySuite.Geometries.Geometry =>
        CoordinateMapFilter.Apply(local, ToLonLat);

    public TGeometry ToLocal<TGeometry>(TGeometry lonLat)
        where TGeometry : NetTopologySuite.Geometries.Geometry =>
        CoordinateMapFilter.Apply(lonLat, ToLocal);

    public Coordinate ToLonLat(Coordinate local)
    {
        var (lon, lat) = ToLonLat(local.X, local.Y);
        return new Coordinate(lon, lat);
    }

    private static double Round(double degrees) =>
        Math.Round(degrees, DemoSettings.CoordinateDecimals, MidpointRounding.AwayFromZero);
}
