namespace FireMap.Spatial.Geocoding.Parsing;

/// <summary>Reads the administrative levels at the start of a normalised address, largest first.</summary>
internal static class AdminChainParser
{
    public static AdminChain Parse(string text, AdministrativeDivisions divisions, bool scan)
    {
        var chain = TryChain(text, 0, divisions, allowGeneric: true);
        if (chain.Count == 0 && scan)
        {
            // Free text ("我家的地址是江苏淮安清江浦区…"): accept a later start only for two or more known,
            // nested levels, so that a lone place name inside a street address is not taken for a division.
            for (var start = 1; start + 2 < text.Length; start++)
            {
                var later = TryChain(text, start, divisions, allowGeneric: false);
                if (later.Count >= 2)
                {
                    chain = later;
                    break;
                }
            }
        }

        InferHigherLevels(chain, divisions);
        return chain;
    }

    private static AdminChain TryChain(string text, int start, AdministrativeDivisions divisions, bool allowGeneric)
    {
        var chain = new AdminChain(start);
        var pos = start;
        var last = 0;
        string? context = null;
        while (pos < text.Length)
        {
            var unit = MatchKnown(text, pos, last, context, divisions, out var length);
            if (unit is null && (allowGeneric || chain.Count > 0))
            {
                unit = GenericAdminRules.Match(text, pos, last, chain.Count > 0, out length);
            }

            if (unit is null)
            {
                break;
            }

            chain.Set(unit);
            pos += length;
            last = (int)unit.Level;
            context = unit.Code ?? context;
        }

        chain.End = pos;
        return chain;
    }

    private static AdministrativeUnit? MatchKnown(
        string text, int pos, int last, string? context, AdministrativeDivisions divisions, out int length)
    {
        var max = Math.Min(divisions.MaxNameLength, text.Length - pos);
        for (var len = max; len >= 2; len--)
        {
            if (!divisions.Lookup.TryGetValue(text.AsSpan(pos, len), out var names))
            {
                continue;
            }

            var unit = Choose(names, text, pos, len, last, context, out var extra);
            if (unit is not null)
            {
                length = len + extra;
                return unit;
            }
        }

        length = 0;
        return null;
    }

    private static AdministrativeUnit? Choose(
        List<DivisionName> names, string text, int pos, int len, int last, string? context, out int extra)
    {
        extra = 0;
        Division? best = null;
        var ambiguous = false;
        var isShort = false;
        foreach (var name in names)
        {
            var d = name.Division;
            if ((int)d.Level <= last || (context is not null && d.Code is not null && !d.Code.StartsWith(context, StringComparison.Ordinal)))
            {
                continue;
            }

            if (name.IsShort && !ShortFormFits(text, pos + len))
            {
                continue;
            }

            if (best is null || d.Level < best.Level)
            {
                (best, ambiguous, isShort) = (d, false, name.IsShort);
            }
            else if (d.Level == best.Level && d.Code != best.Code)
            {
                ambiguous = true;
            }
        }

        if (best is null)
        {
            return null;
        }

        if (isShort && pos + len < text.Length && IsLevelSuffix(text[pos + len], best.Level))
        {
            extra = 1;
        }

        return new AdministrativeUnit(best.Level, text.Substring(pos, len + extra), best.Name, ambiguous ? null : best.Code);
    }

    // A short form followed by a road word is the start of a road name (新华路, 江北大道), not a division.
    private static bool ShortFormFits(string text, int end)
    {
        if (end >= text.Length)
        {
            return true;
        }

        var rest = text.AsSpan(end);
        return !(rest[0] is '路' or '街' or '巷' or '道' or '号' || rest.StartsWith("大道") || char.IsAsciiDigit(rest[0]));
    }

    private static bool IsLevelSuffix(char c, AdministrativeLevel level) => level switch
    {
        AdministrativeLevel.Province => c is '省' or '市',
        AdministrativeLevel.City => c is '市' or '州',
        AdministrativeLevel.District => c is '区' or '县' or '市' or '旗',
        _ => false,
    };

    private static void InferHigherLevels(AdminChain chain, AdministrativeDivisions divisions)
    {
        if (chain.DeepestCode() is not { } code)
        {
            return;
        }

        foreach (var (level, digits) in new[] { (AdministrativeLevel.Province, 2), (AdministrativeLevel.City, 4), (AdministrativeLevel.District, 6) })
        {
            if (digits < code.Length && chain[level] is null && divisions.FindByCode(code[..digits]) is { } d)
            {
                chain.Set(new AdministrativeUnit(level, null, d.Name, d.Code));
            }
        }
    }
}
