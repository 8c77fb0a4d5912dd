namespace FireMap.Spatial.Geodesy;

/// <summary>
/// The coordinate offsets of Chinese consumer web maps: GCJ-02 (国测局坐标, Amap/高德, Tencent) and
/// BD-09 (百度坐标, Baidu). Neither is an EPSG system; both are published algorithms applied to
/// WGS84 longitude and latitude in degrees. Forward (WGS84 → GCJ-02 → BD-09) is exact; the inverse
/// has no closed form and is iterated until the forward image of the estimate is within 1e-10° of
/// the input (about 0.01 mm). Outside China's published box GCJ-02 equals WGS84.
/// </summary>
public static class WebMapOffset
{
    // Krasovsky 1940 ellipsoid, which the GCJ-02 algorithm uses for its metres-to-degrees step.
    private const double KrasovskyA = 6378245.0;
    private const double KrasovskyE2 = 0.00669342162296594323;

    // BD-09's own constant: π·3000/180.
    private const double BaiduXPi = Math.PI * 3000.0 / 180.0;

    private const double InverseTolerance = 1e-10;
    private const int MaxIterations = 30;

    /// <summary>True when GCJ-02 offsets a point: inside the box the published algorithm uses for China.</summary>
    /// <param name="lon">Longitude, degrees.</param>
    /// <param name="lat">Latitude, degrees.</param>
    public static bool IsInChina(double lon, double lat) => lon is >= 72.004 and <= 137.8347 && lat is >= 0.8293 and <= 55.8271;

    /// <summary>WGS84 (EPSG:4326 degrees) to GCJ-02 degrees.</summary>
    /// <param name="lon">WGS84 longitude, degrees.</param>
    /// <param name="lat">WGS84 latitude, degrees.</param>
    public static (double Lon, double Lat) WgsToGcj(double lon, double lat)
    {
        if (!IsInChina(lon, lat))
        {
            return (lon, lat);
        }

        var x = lon - 105.0;
        var y = lat - 35.0;
        var dLat = LatitudeShift(x, y);
        var dLon = LongitudeShift(x, y);
        var radLat = lat / 180.0 * Math.PI;
        var magic = Math.Sin(radLat);
        magic = 1 - (KrasovskyE2 * magic * magic);
        var sqrtMagic = Math.Sqrt(magic);
        dLat = dLat * 180.0 / (KrasovskyA * (1 - KrasovskyE2) / (magic * sqrtMagic) * Math.PI);
        dLon = dLon * 180.0 / (KrasovskyA / sqrtMagic * Math.Cos(radLat) * Math.PI);
        return (lon + dLon, lat + dLat);
    }

    /// <summary>GCJ-02 degrees to BD-09 degrees.</summary>
    /// <param name="lon">GCJ-02 longitude, degrees.</param>
    /// <param name="lat">GCJ-02 latitude, degrees.</param>
    public static (double Lon, double Lat) GcjToBd(double lon, double lat)
    {
        var z = Math.Sqrt((lon * lon) + (lat * lat)) + (0.00002 * Math.Sin(lat * BaiduXPi));
        var theta = Math.Atan2(lat, lon) + (0.000003 * Math.Cos(lon * BaiduXPi));
        return ((z * Math.Cos(theta)) + 0.0065, (z * Math.Sin(theta)) + 0.006);
    }

    /// <summary>WGS84 (EPSG:4326 degrees) to BD-09 degrees.</summary>
    /// <param name="lon">WGS84 longitude, degrees.</param>
    /// <param name="lat">WGS84 latitude, degrees.</param>
    public static (double Lon, double Lat) WgsToBd(double lon, double lat)
    {
        var (gLon, gLat) = WgsToGcj(lon, lat);
        return GcjToBd(gLon, gLat);
    }

    /// <summary>GCJ-02 degrees to WGS84 (EPSG:4326) degrees, iterated to below 0.01 mm.</summary>
    /// <param name="lon">GCJ-02 longitude, degrees.</param>
    /// <param name="lat">GCJ-02 latitude, degrees.</param>
    public static (double Lon, double Lat) GcjToWgs(double lon, double lat) => Invert(WgsToGcj, lon, lat);

    /// <summary>BD-09 degrees to GCJ-02 degrees, iterated to below 0.01 mm.</summary>
    /// <param name="lon">BD-09 longitude, degrees.</param>
    /// <param name="lat">BD-09 latitude, degrees.</param>
    public static (double Lon, double Lat) BdToGcj(double lon, double lat) => Invert(GcjToBd, lon, lat);

    /// <summary>BD-09 degrees to WGS84 (EPSG:4326) degrees, iterated to below 0.01 mm.</summary>
    /// <param name="lon">BD-09 longitude, degrees.</param>
    /// <param name="lat">BD-09 latitude, degrees.</param>
    public static (double Lon, double Lat) BdToWgs(double lon, double lat) => Invert(WgsToBd, lon, lat);

    /// <summary>A point of <paramref name="system"/> to WGS84 (EPSG:4326) degrees.</summary>
    /// <param name="system">The system the point is in.</param>
    /// <param name="lon">Longitude in <paramref name="system"/>, degrees.</param>
    /// <param name="lat">Latitude in <paramref name="system"/>, degrees.</param>
    public static (double Lon, double Lat) ToWgs84(WebMapSystem system, double lon, double lat) => system switch
    {
        WebMapSystem.Gcj02 => GcjToWgs(lon, lat),
        WebMapSystem.Bd09 => BdToWgs(lon, lat),
        _ => throw new ArgumentOutOfRangeException(nameof(system), system, "not a web-map system"),
    };

    /// <summary>A WGS84 (EPSG:4326) point to <paramref name="system"/>, degrees.</summary>
    /// <param name="system">The system wanted.</param>
    /// <param name="lon">WGS84 longitude, degrees.</param>
    /// <param name="lat">WGS84 latitude, degrees.</param>
    public static (double Lon, double Lat) FromWgs84(WebMapSystem system, double lon, double lat) => system switch
    {
        WebMapSystem.Gcj02 => WgsToGcj(lon, lat),
        WebMapSystem.Bd09 => WgsToBd(lon, lat),
        _ => throw new ArgumentOutOfRangeException(nameof(system), system, "not a web-map system"),
    };

    // Fixed-point iteration: the offsets vary slowly (under 1e-5 per degree), so each step gains
    // about five digits; two or three steps reach the tolerance.
    private static (double Lon, double Lat) Invert(Func<double, double, (double Lon, double Lat)> forward, double lon, double lat)
    {
        var (x, y) = (lon, lat);
        for (var i = 0; i < MaxIterations; i++)
        {
            var (fx, fy) = forward(x, y);
            var (dx, dy) = (fx - lon, fy - lat);
            if (Math.Abs(dx) < InverseTolerance && Math.Abs(dy) < InverseTolerance)
            {
                break;
            }

            x -= dx;
            y -= dy;
        }

        return (x, y);
    }

    private static double LatitudeShift(double x, double y)
    {
        var shift = -100.0 + (2.0 * x) + (3.0 * y) + (0.2 * y * y) + (0.1 * x * y) + (0.2 * Math.Sqrt(Math.Abs(x)));
        shift += ((20.0 * Math.Sin(6.0 * x * Math.PI)) + (20.0 * Math.Sin(2.0 * x * Math.PI))) * 2.0 / 3.0;
        shift += ((20.0 * Math.Sin(y * Math.PI)) + (40.0 * Math.Sin(y / 3.0 * Math.PI))) * 2.0 / 3.0;
        shift += ((160.0 * Math.Sin(y / 12.0 * Math.PI)) + (320.0 * Math.Sin(y * Math.PI / 30.0))) * 2.0 / 3.0;
        return shift;
    }

    private static double LongitudeShift(double x, double y)
    {
        var shift = 300.0 + x + (2.0 * y) + (0.1 * x * x) + (0.1 * x * y) + (0.1 * Math.Sqrt(Math.Abs(x)));
        shift += ((20.0 * Math.Sin(6.0 * x * Math.PI)) + (20.0 * Math.Sin(2.0 * x * Math.PI))) * 2.0 / 3.0;
        shift += ((20.0 * Math.Sin(x * Math.PI)) + (40.0 * Math.Sin(x / 3.0 * Math.PI))) * 2.0 / 3.0;
        shift += ((150.0 * Math.Sin(x / 12.0 * Math.PI)) + (300.0 * Math.Sin(x / 30.0 * Math.PI))) * 2.0 / 3.0;
        return shift;
    }
}
