namespace FireMap.Spatial.Geodesy;

/// <summary>
/// Points on the great-circle arc between two EPSG:4326 vertices, taking geodetic longitude and latitude
/// as spherical coordinates: the edge PostGIS <c>geography</c> draws between two vertices.
/// </summary>
internal static class GreatCircle
{
    /// <summary>
    /// The point at fraction <paramref name="t"/> (0…1) of the arc length from the first to the second
    /// vertex (spherical linear interpolation of unit vectors), in degrees.
    /// </summary>
    public static (double Lon, double Lat) Interpolate(double lon1, double lat1, double lon2, double lat2, double t)
    {
        var (ax, ay, az) = UnitVector(lon1, lat1);
        var (bx, by, bz) = UnitVector(lon2, lat2);
        var cx = (ay * bz) - (az * by);
        var cy = (az * bx) - (ax * bz);
        var cz = (ax * by) - (ay * bx);
        // atan2 of |a×b| and a·b keeps the angle accurate for the metre-scale arcs of buildings.
        var omega = Math.Atan2(Math.Sqrt((cx * cx) + (cy * cy) + (cz * cz)), (ax * bx) + (ay * by) + (az * bz));
        if (omega == 0)
        {
            return (lon1, lat1);
        }

        var sinOmega = Math.Sin(omega);
        var wa = Math.Sin((1 - t) * omega) / sinOmega;
        var wb = Math.Sin(t * omega) / sinOmega;
        var px = (wa * ax) + (wb * bx);
        var py = (wa * ay) + (wb * by);
        var pz = (wa * az) + (wb * bz);
        var lat = Math.Atan2(pz, double.Hypot(px, py)) / GeodesicMath.Degree;
        var lon = Math.Atan2(py, px) / GeodesicMath.Degree;
        return (lon, lat);
    }

    private static (double X, double Y, double Z) UnitVector(double lon, double lat)
    {
        var (sinLon, cosLon) = GeodesicMath.SinCosDegrees(lon);
        var (sinLat, cosLat) = GeodesicMath.SinCosDegrees(lat);
        return (cosLat * cosLon, cosLat * sinLon, sinLat);
    }
}
