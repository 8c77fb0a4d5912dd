namespace FireMap.Spatial.Geocoding.Parsing;

/// <summary>Short forms of division names (江苏 for 江苏省, 彭水 for 彭水苗族土家族自治县) and code levels.</summary>
internal static class DivisionNames
{
    // Peoples named in autonomous divisions, stripped from the end of a name to reach its short form.
    private static readonly string[] Peoples =
    [
        "蒙古", "回", "藏", "维吾尔", "苗", "彝", "壮", "布依", "朝鲜", "满", "侗", "瑶", "白", "土家", "哈尼",
        "哈萨克", "傣", "黎", "傈僳", "佤", "畲", "拉祜", "水", "东乡", "纳西", "景颇", "柯尔克孜", "土",
        "达斡尔", "仫佬", "羌", "布朗", "撒拉", "毛南", "仡佬", "锡伯", "阿昌", "普米", "塔吉克", "怒",
        "鄂温克", "德昂", "保安", "裕固", "京", "独龙", "鄂伦春", "赫哲", "门巴", "珞巴", "基诺", "各族",
    ];

    private static readonly string[] ProvinceSuffixes = ["特别行政区", "自治区", "省", "市"];
    private static readonly string[] CitySuffixes = ["自治州", "地区", "市", "盟"];
    private static readonly string[] DistrictSuffixes = ["自治县", "自治旗", "区", "县", "市", "旗"];

    /// <summary>The short form people write, or null when the name has none (市辖区, 城区, streets).</summary>
    public static string? ShortName(string name, AdministrativeLevel level)
    {
        var suffixes = level switch
        {
            AdministrativeLevel.Province => ProvinceSuffixes,
            AdministrativeLevel.City => CitySuffixes,
            AdministrativeLevel.District => DistrictSuffixes,
            _ => null,
        };
        if (suffixes is null || name is "市辖区" or "县" or "省直辖县级行政区划" or "自治区直辖县级行政区划")
        {
            return null;
        }

        var stem = name;
        foreach (var suffix in suffixes)
        {
            if (stem.EndsWith(suffix, StringComparison.Ordinal))
            {
                stem = stem[..^suffix.Length];
                break;
            }
        }

        stem = StripPeoples(stem);
        return stem.Length >= 2 && stem != name ? stem : null;
    }

    /// <summary>The level that a code's number of significant digits stands for, or null.</summary>
    public static AdministrativeLevel? LevelOfCode(string code) => code.Length switch
    {
        2 => AdministrativeLevel.Province,
        4 => AdministrativeLevel.City,
        6 => AdministrativeLevel.District,
        9 => AdministrativeLevel.Subdistrict,
        12 => AdministrativeLevel.Community,
        _ => null,
    };

    /// <summary>The significant digits of a division code: 500104000000 → 500104, 500000 → 50.</summary>
    public static string? SignificantCode(string? code)
    {
        if (string.IsNullOrEmpty(code) || !code.All(char.IsAsciiDigit))
        {
            return null;
        }

        if (code.Length is 12 or 6)
        {
            var cut = code.Length;
            foreach (var keep in code.Length == 12 ? new[] { 9, 6, 4, 2 } : [4, 2])
            {
                if (code.AsSpan(keep, cut - keep).IndexOfAnyExcept('0') >= 0)
                {
                    break;
                }

                cut = keep;
            }

            return code[..cut];
        }

        return code.Length is 2 or 4 or 9 ? code : null;
    }

    private static string StripPeoples(string stem)
    {
        var changed = true;
        while (changed && stem.EndsWith('族'))
        {
            changed = false;
            foreach (var people in Peoples)
            {
                var word = people + "族";
                if (stem.Length > word.Length + 1 && stem.EndsWith(word, StringComparison.Ordinal))
                {
                    stem = stem[..^word.Length];
                    changed = true;
                    break;
                }
            }
        }

        return stem;
    }
}
