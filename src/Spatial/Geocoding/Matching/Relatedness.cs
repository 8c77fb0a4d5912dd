using FireMap.Spatial.Geocoding.Gazetteers;

namespace FireMap.Spatial.Geocoding.Matching;

/// <summary>
/// Whether two candidates point at the same thing: one contains the other (a compound and its building, a
/// building and a place in it, a road number and what stands at it), or they are a few metres apart.
/// </summary>
internal static class Relatedness
{
    private const double SameSiteMeters = 30;

    public static bool Related(GazetteerEntry a, GazetteerEntry b) =>
        a.Id == b.Id
        || Contains(a, b)
        || Contains(b, a)
        || (a.CompoundCode is not null && a.CompoundCode == b.CompoundCode)
        || (a.BuildingCode is not null && a.BuildingCode == b.BuildingCode)
        || ApproximateMeters(a, b) < SameSiteMeters;

    private static bool Contains(GazetteerEntry outer, GazetteerEntry inner) => outer.Level switch
    {
        MatchLevel.Compound => inner.CompoundCode == outer.Code,
        MatchLevel.Building => inner.BuildingCode == outer.Code,
        MatchLevel.RoadNumber => inner.Road == outer.Road && inner.HouseNumber == outer.HouseNumber,
        MatchLevel.Road => inner.Road == outer.Road,
        MatchLevel.Community => inner.CommunityCode == outer.Code,
        _ => false,
    };

    // Equirectangular approximation: good to well under a metre at tens of metres, which is all this needs.
    private static double ApproximateMeters(GazetteerEntry a, GazetteerEntry b)
    {
        var dy = (a.Lat - b.Lat) * 110_574;
        var dx = (a.Lon - b.Lon) * 111_320 * Math.Cos(a.Lat * Math.PI / 180);
        return Math.Sqrt((dx * dx) + (dy * dy));
    }
}
