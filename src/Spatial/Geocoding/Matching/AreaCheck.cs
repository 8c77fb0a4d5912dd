using FireMap.Spatial.Geocoding.Gazetteers;
using FireMap.Spatial.Geocoding.Parsing;

namespace FireMap.Spatial.Geocoding.Matching;

/// <summary>Whether the administrative levels an address names agree with the gazetteer's area.</summary>
internal static class AreaCheck
{
    // An address in another area may still share road and compound names with this one: it is never
    // confident here (0.6 × at most 1), but it is still shown as a candidate.
    public const double Penalty = 0.6;

    public static bool Differs(ParsedAddress p, GazetteerArea? area)
    {
        if (area is null)
        {
            return false;
        }

        foreach (var unit in new[] { p.Province, p.City, p.District, p.Subdistrict })
        {
            if (unit is null || unit.Text is null)
            {
                continue;
            }

            var expected = area.NameAt(unit.Level);
            if (unit.Level == AdministrativeLevel.City && area.City is null)
            {
                // A 直辖市 has no city level of its own: 重庆市 written twice is fine, any other city is not.
                expected = area.Province;
            }

            if (expected is not null && !SameName(unit.Name, expected, unit.Level))
            {
                return true;
            }
        }

        return false;
    }

    private static bool SameName(string written, string expected, AdministrativeLevel level)
    {
        var e = Normalization.AddressNormalizer.Normalize(expected);
        if (written == e || (DivisionNames.ShortName(e, level) is { } s && (written == s || DivisionNames.ShortName(written, level) == s)))
        {
            return true;
        }

        // One typo in a name of four characters or more (跃近村街道) is still this area.
        return Math.Min(written.Length, e.Length) >= 4 && ApproximateMatch.BestDistance(e, written) <= 1
            && Math.Abs(written.Length - e.Length) <= 1;
    }
}
