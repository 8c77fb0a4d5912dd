using NetTopologySuite.Geometries;

namespace FireMap.Spatial.Geodesy;

/// <summary>
/// Ellipsoidal azimuthal equidistant projection centred on one EPSG:4326 point, in metres: a point at
/// geodesic distance s and azimuth α from the centre maps to (s sin α, s cos α). Distances from the
/// centre are therefore exact geodesic distances, which is why it is the projection in which to look
/// for the point of a geometry nearest the centre (the definition GeographicLib uses; ProjNET 2.0 has
/// no azimuthal equidistant projection).
/// </summary>
internal sealed class AzimuthalEquidistant
{
    private readonly double _centreLon;
    private readonly double _centreLat;

    /// <summary>Creates the projection centred on (<paramref name="lon"/>, <paramref name="lat"/>), validated EPSG:4326 degrees.</summary>
    public AzimuthalEquidistant(double lon, double lat)
    {
        _centreLon = lon;
        _centreLat = lat;
    }

    /// <summary>Projects validated EPSG:4326 degrees to metres east (x) and north (y) of the centre.</summary>
    public Coordinate Forward(double lon, double lat)
    {
        var solution = GeodesicInverse.Solve(_centreLat, _centreLon, lat, lon);
        return new Coordinate(solution.Distance * solution.SinAzimuth1, solution.Distance * solution.CosAzimuth1);
    }
}
