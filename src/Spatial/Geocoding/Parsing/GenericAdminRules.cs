namespace FireMap.Spatial.Geocoding.Parsing;

/// <summary>
/// Recognises a division the dictionary does not know by its suffix (…省, …市, …区, …街道, …社区), with the
/// guards that keep names of compounds and shops out (钢花小区, 农贸市场, 工业园区).
/// </summary>
internal static class GenericAdminRules
{
    // Words ending in 区 that name a part of a compound or a site, never a district.
    private static readonly string[] NotDistricts =
    [
        "小区", "园区", "社区", "校区", "厂区", "景区", "片区", "街区", "营区", "商区", "住宅区", "生活区",
        "宿舍区", "办公区", "工业区", "服务区", "保税区", "示范区", "功能区", "老区", "城区", "风景区",
    ];

    private static readonly string[] CommunitySuffixes = ["居民委员会", "村民委员会", "居委会", "村委会", "社区"];

    public static AdministrativeUnit? Match(string text, int pos, int last, bool inChain, out int length)
    {
        var rest = text.AsSpan(pos);
        length = 0;
        if (last < (int)AdministrativeLevel.Province
            && (TrySuffix(rest, "省", 2, 6, false, out length) || TrySuffix(rest, "自治区", 2, 8, false, out length)))
        {
            return Unit(text, pos, length, AdministrativeLevel.Province);
        }

        if (last < (int)AdministrativeLevel.City && MatchCity(text, pos, inChain, out length))
        {
            return Unit(text, pos, length, AdministrativeLevel.City);
        }

        if (last < (int)AdministrativeLevel.District && MatchDistrict(rest, out length))
        {
            return Unit(text, pos, length, AdministrativeLevel.District);
        }

        if (last < (int)AdministrativeLevel.Subdistrict
            && (TrySuffix(rest, "街道", 2, 6, true, out length)
                || (TrySuffix(rest, "镇", 2, 4, false, out length) && !rest[..length].EndsWith("古镇"))
                || (TrySuffix(rest, "乡", 2, 4, false, out length) && !rest[..length].EndsWith("水乡"))))
        {
            return Unit(text, pos, length, AdministrativeLevel.Subdistrict);
        }

        // Only after a 街道 or 镇: alone, "…社区" is as often a compound's name (钢城国际社区).
        if (last == (int)AdministrativeLevel.Subdistrict)
        {
            foreach (var suffix in CommunitySuffixes)
            {
                if (TrySuffix(rest, suffix, 2, 6, true, out length))
                {
                    return Unit(text, pos, length, AdministrativeLevel.Community);
                }
            }
        }

        return null;
    }

    private static bool MatchCity(string text, int pos, bool inChain, out int length)
    {
        var rest = text.AsSpan(pos);
        if (TrySuffix(rest, "自治州", 2, 10, false, out length))
        {
            return true;
        }

        if (!TrySuffix(rest, "市", 2, 4, false, out length) || (pos + length < text.Length && text[pos + length] == '场'))
        {
            return false;
        }

        // At the very start a "…市" counts only when a district follows (泉州市洛江区), so that a shop's
        // name is not read as a city.
        return inChain || MatchDistrict(text.AsSpan(pos + length), out _);
    }

    private static bool MatchDistrict(ReadOnlySpan<char> rest, out int length)
    {
        if (!TrySuffix(rest, "区", 2, 5, false, out length)
            && !TrySuffix(rest, "县", 2, 5, false, out length)
            && !TrySuffix(rest, "旗", 2, 5, false, out length))
        {
            return false;
        }

        var word = rest[..length];
        foreach (var not in NotDistricts)
        {
            if (word.EndsWith(not, StringComparison.Ordinal))
            {
                length = 0;
                return false;
            }
        }

        return true;
    }

    // The first occurrence of suffix after a body of minBody..maxBody Chinese characters, with no address
    // word in the body (路 and 街 allowed only for 街道 and 社区, which are often named after a road).
    private static bool TrySuffix(ReadOnlySpan<char> rest, string suffix, int minBody, int maxBody, bool roadWordsAllowed, out int length)
    {
        length = 0;
        for (var k = 0; k <= maxBody && k + suffix.Length <= rest.Length; k++)
        {
            if (k > 0 && !IsBodyChar(rest[k - 1], roadWordsAllowed))
            {
                return false;
            }

            if (k >= minBody && rest[k..].StartsWith(suffix, StringComparison.Ordinal))
            {
                length = k + suffix.Length;
                return true;
            }
        }

        return false;
    }

    private static bool IsBodyChar(char c, bool roadWordsAllowed) =>
        c is >= '\u4E00' and <= '\u9FFF'
        && c is not ('号' or '栋' or '省' or '市' or '区' or '县')
        && (roadWordsAllowed || c is not ('路' or '街' or '巷' or '道'));

    private static AdministrativeUnit Unit(string text, int pos, int length, AdministrativeLevel level)
    {
        var name = text.Substring(pos, length);
        return new AdministrativeUnit(level, name, name, null);
    }
}
