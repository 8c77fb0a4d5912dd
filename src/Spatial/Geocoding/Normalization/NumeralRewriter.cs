using System.Globalization;
using System.Text;

namespace FireMap.Spatial.Geocoding.Normalization;

/// <summary>
/// Rewrites Chinese numerals as Arabic digits where they count something in an address, and leaves them
/// where they are part of a name.
/// </summary>
/// <remarks>
/// The rule: a run of numeral characters is a number when the next word is an address unit (号 栋 幢 座
/// 单元 楼 层 室 户 巷 支路 弄 期 组 附, a '-' or a digit), when 第 stands before it (第 is dropped), or when it
/// follows a number and a '-' (3-二). Anything
/// else keeps its numerals: 跃进村一村, 大堰二村, 五一村, 科园二路 are names. 两 counts only before 百 or 千
/// (两百号); elsewhere it means "a pair" or is a name (两江新区).
/// </remarks>
internal static class NumeralRewriter
{
    private static readonly string[] Markers =
        ["号", "栋", "幢", "座", "单元", "楼", "层", "室", "户", "巷", "支路", "弄", "期", "组", "附", "-"];

    public static void Rewrite(StringBuilder sb)
    {
        var text = sb.ToString();
        sb.Clear();
        var i = 0;
        while (i < text.Length)
        {
            var end = RunEnd(text, i);
            if (end == i)
            {
                sb.Append(text[i]);
                i++;
                continue;
            }

            var run = text.AsSpan(i, end - i);
            var ordinal = sb.Length > 0 && sb[^1] == '第';
            var afterDash = sb.Length >= 2 && sb[^1] == '-' && char.IsAsciiDigit(sb[^2]);
            if ((ordinal || afterDash || IsFollowedByMarker(text, end)) && ChineseNumerals.TryParse(run, out var value))
            {
                if (ordinal)
                {
                    sb.Length--;
                }

                sb.Append(value.ToString(CultureInfo.InvariantCulture));
            }
            else
            {
                sb.Append(run);
            }

            i = end;
        }
    }

    private static int RunEnd(string text, int start)
    {
        var i = start;
        while (i < text.Length && ChineseNumerals.IsNumeralCharacter(text[i]))
        {
            if (text[i] == '两' && !(i + 1 < text.Length && text[i + 1] is '百' or '千'))
            {
                break;
            }

            i++;
        }

        return i;
    }

    private static bool IsFollowedByMarker(string text, int end)
    {
        if (end >= text.Length)
        {
            return false;
        }

        if (char.IsAsciiDigit(text[end]))
        {
            return true;
        }

        var rest = text.AsSpan(end);
        foreach (var marker in Markers)
        {
            if (rest.StartsWith(marker, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
