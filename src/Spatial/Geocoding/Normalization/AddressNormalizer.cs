using System.Text;

namespace FireMap.Spatial.Geocoding.Normalization;

/// <summary>
/// Brings a Chinese address to the one form the parser and the gazetteer compare, so that writing
/// variants do not count as differences.
/// </summary>
/// <remarks>
/// In order: full-width to half-width, ASCII letters to upper case, traditional to simplified for the
/// characters addresses use (號 區 樓 棟 單 層 門 …), 単 to 单; bracketed remarks dropped with their content
/// (（北环红星美凯龙对面）); spaces and punctuation removed, '#' after a number read as 号 (3#楼); Chinese
/// numerals that count rewritten as digits (see <see cref="NumeralRewriter"/>: 十二号 → 12号, 三单元 → 3单元,
/// but 跃进村一村 stays); and the building words after a number unified to 栋 (3幢, 3号楼, 3号楼栋, 3座,
/// A座 → 3栋, A栋). A bare 楼 after a number stays: 5楼 is a floor.
/// </remarks>
public static class AddressNormalizer
{
    /// <summary>The normalised form of an address or a name; empty for null or blank input.</summary>
    /// <param name="text">Any address text, e.g. "重庆市大渡口区 跃进村路１２号 钢花小区三幢".</param>
    public static string Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        var sb = new StringBuilder(text.Length);
        FoldAndStrip(text, sb);
        if (sb.Length == 0)
        {
            return string.Empty;
        }

        NumeralRewriter.Rewrite(sb);
        TrimDashes(sb);
        return UnifyBuildingWords(sb);
    }

    private static void FoldAndStrip(string text, StringBuilder sb)
    {
        var depth = 0;
        foreach (var raw in text)
        {
            var c = CharacterFolding.Fold(raw);
            if (CharacterFolding.IsOpeningBracket(c))
            {
                depth++;
                continue;
            }

            if (CharacterFolding.IsClosingBracket(c))
            {
                depth = Math.Max(0, depth - 1);
                continue;
            }

            if (depth > 0)
            {
                continue;
            }

            if (c == '#')
            {
                if (sb.Length > 0 && char.IsAsciiLetterOrDigit(sb[^1]))
                {
                    sb.Append('号');
                }

                continue;
            }

            if (CharacterFolding.IsKept(c))
            {
                sb.Append(c);
            }
        }
    }

    private static void TrimDashes(StringBuilder sb)
    {
        // A '-' only means something between two numbers or letters (3-2-501, B1-10); elsewhere it is a separator.
        for (var i = sb.Length - 1; i >= 0; i--)
        {
            if (sb[i] != '-')
            {
                continue;
            }

            var before = i > 0 && char.IsAsciiLetterOrDigit(sb[i - 1]);
            var after = i + 1 < sb.Length && char.IsAsciiLetterOrDigit(sb[i + 1]);
            if (!before || !after)
            {
                sb.Remove(i, 1);
            }
        }
    }

    private static string UnifyBuildingWords(StringBuilder sb)
    {
        var text = sb.ToString();
        if (text.AsSpan().IndexOfAny("号楼栋幢座") < 0)
        {
            return text;
        }

        var result = new StringBuilder(text.Length);
        var i = 0;
        while (i < text.Length)
        {
            var length = i > 0 && char.IsAsciiLetterOrDigit(text[i - 1]) ? BuildingWordLength(text.AsSpan(i)) : 0;
            if (length > 0)
            {
                result.Append('栋');
                i += length;
            }
            else
            {
                result.Append(text[i]);
                i++;
            }
        }

        return result.ToString();
    }

    private static int BuildingWordLength(ReadOnlySpan<char> rest)
    {
        if (rest.StartsWith("号楼栋")) { return 3; }
        if (rest.StartsWith("号楼") || rest.StartsWith("号栋") || rest.StartsWith("楼栋")) { return 2; }
        return rest[0] is '幢' or '座' or '栋' ? 1 : 0;
    }
}
