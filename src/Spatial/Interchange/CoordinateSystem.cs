using System.Globalization;
using System.Text.RegularExpressions;
using FireMap.Spatial.Geodesy;

namespace FireMap.Spatial.Interchange;

/// <summary>
/// The coordinate system of a file's positions: an EPSG code (transformed by PostGIS, which knows
/// every code in its <c>spatial_ref_sys</c>), or one of the Chinese web-map systems, which are
/// WGS84 positions offset by a published algorithm (<see cref="WebMapOffset"/>).
/// </summary>
/// <param name="Epsg">The EPSG code; 4326 for the web-map systems, whose offsets apply to WGS84.</param>
/// <param name="WebMap">The web-map offset, or null for a plain EPSG system.</param>
public sealed partial record CoordinateSystem(int Epsg, WebMapSystem? WebMap = null)
{
    /// <summary>WGS84 longitude/latitude (EPSG:4326), what FireMap stores.</summary>
    public static CoordinateSystem Wgs84 { get; } = new(4326);

    /// <summary>CGCS2000 geographic (EPSG:4490), China's national system.</summary>
    public const int Cgcs2000 = 4490;

    /// <summary>True when positions need neither a transformation nor an offset.</summary>
    public bool IsWgs84 => Epsg == 4326 && WebMap is null;

    /// <summary>The name written in reports and accepted back by <see cref="TryParse"/>: <c>EPSG:4544</c>, <c>GCJ-02</c>, <c>BD-09</c>.</summary>
    public override string ToString() => WebMap switch
    {
        WebMapSystem.Gcj02 => "GCJ-02",
        WebMapSystem.Bd09 => "BD-09",
        _ => string.Create(CultureInfo.InvariantCulture, $"EPSG:{Epsg}"),
    };

    /// <summary>
    /// Reads a system as a user or a file names it: <c>EPSG:4544</c>, <c>4544</c>,
    /// <c>urn:ogc:def:crs:EPSG::4544</c>, <c>CRS84</c>, <c>CGCS2000</c>, <c>GCJ-02</c>/<c>gcj02</c>/<c>amap</c>,
    /// <c>BD-09</c>/<c>bd09</c>/<c>baidu</c>. Returns null for anything else; whether PostGIS knows the code is checked there.
    /// </summary>
    /// <param name="text">The name.</param>
    public static CoordinateSystem? TryParse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var key = NonAlphanumeric().Replace(text.Trim().ToLowerInvariant(), "");
        switch (key)
        {
            case "gcj02" or "gcj" or "amap" or "gaode" or "mars":
                return new CoordinateSystem(4326, WebMapSystem.Gcj02);
            case "bd09" or "bd09ll" or "baidu":
                return new CoordinateSystem(4326, WebMapSystem.Bd09);
            case "crs84" or "wgs84" or "urnogcdefcrsogc13crs84" or "urnogcdefcrsogccrs84" or "ogccrs84":
                return Wgs84;
            case "cgcs2000":
                return new CoordinateSystem(Cgcs2000);
            default:
                break;
        }

        var match = EpsgName().Match(text.Trim());
        return match.Success && int.TryParse(match.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var code) && code > 0
            ? new CoordinateSystem(code)
            : null;
    }

    /// <summary>
    /// The EPSG code a shapefile's <c>.prj</c> (OGC or Esri WKT) stands for, when it can be told from
    /// the text alone: an <c>AUTHORITY["EPSG", n]</c> of the whole system, WGS84, CGCS2000, or a
    /// CGCS2000 Gauss-Krüger zone by its Esri name (3° zones EPSG:4513–4554, 6° zones 4491–4512).
    /// Null otherwise (the caller may then match the system's name against PostGIS).
    /// </summary>
    /// <param name="wkt">The text of the <c>.prj</c> file or a GeoPackage SRS definition.</param>
    public static int? EpsgOfWkt(string wkt)
    {
        ArgumentNullException.ThrowIfNull(wkt);
        // The authority of the whole system is the last one in WKT 1 (inner parts carry their own first).
        var authorities = Authority().Matches(wkt);
        if (authorities.Count > 0 && wkt.TrimEnd().EndsWith("]]", StringComparison.Ordinal)
            && authorities[^1].Index + authorities[^1].Length >= wkt.TrimEnd().Length - 1)
        {
            return int.Parse(authorities[^1].Groups[1].Value, CultureInfo.InvariantCulture);
        }

        var match = WktName().Match(wkt);
        if (!match.Success)
        {
            return null;
        }

        var kind = match.Groups[1].Value.ToUpperInvariant();
        var name = match.Groups[2].Value;

        var key = NonAlphanumeric().Replace(name.ToLowerInvariant(), "");
        if (kind is "GEOGCS" or "GEOGCRS")
        {
            return key switch
            {
                "gcswgs1984" or "wgs84" or "wgs1984" => 4326,
                "gcschinageodeticcoordinatesystem2000" or "chinageodeticcoordinatesystem2000" or "cgcs2000" => Cgcs2000,
                _ => null,
            };
        }

        return GaussKruger(key);
    }

    // CGCS2000 Gauss-Krüger zones by the names Esri and EPSG give them.
    private static int? GaussKruger(string key)
    {
        var zone = GkName().Match(key);
        if (!zone.Success)
        {
            return null;
        }

        var threeDegree = zone.Groups[1].Value == "3";
        var number = int.Parse(zone.Groups[4].Value, CultureInfo.InvariantCulture);
        var byMeridian = zone.Groups[3].Value is "cm";
        return (threeDegree, byMeridian) switch
        {
            (true, true) when number is >= 75 and <= 135 && number % 3 == 0 => 4534 + ((number - 75) / 3),
            (true, false) when number is >= 25 and <= 45 => 4513 + (number - 25),
            (false, true) when number is >= 75 and <= 135 && number % 6 == 3 => 4502 + ((number - 75) / 6),
            (false, false) when number is >= 13 and <= 23 => 4491 + (number - 13),
            _ => null,
        };
    }

    [GeneratedRegex("[^a-z0-9]")]
    private static partial Regex NonAlphanumeric();

    [GeneratedRegex(@"^(?:EPSG:{1,2}|urn:ogc:def:crs:EPSG:[0-9.]*:|https?://www\.opengis\.net/def/crs/EPSG/0/)?([0-9]{4,6})$", RegexOptions.IgnoreCase)]
    private static partial Regex EpsgName();

    [GeneratedRegex(@"AUTHORITY\[\s*""EPSG""\s*,\s*""?([0-9]+)""?\s*\]", RegexOptions.IgnoreCase)]
    private static partial Regex Authority();

    [GeneratedRegex(@"^\s*(PROJCS|GEOGCS|PROJCRS|GEOGCRS|GEODCRS)\[\s*""([^""]*)""", RegexOptions.IgnoreCase)]
    private static partial Regex WktName();

    // "cgcs2000 3 degree gk cm 105e", "cgcs2000 / 3-degree gauss-kruger zone 35", with separators removed.
    [GeneratedRegex("^cgcs2000([36])degree(gk|gausskruger)(cm|zone)([0-9]+)e?$")]
    private static partial Regex GkName();
}
