using System.Text;

namespace FireMap.Spatial.Geocoding.Normalization;

/// <summary>
/// Chinese numerals as addresses write them: positional (十二, 一百零二, 廿三, 两百) and digit by digit
/// (一八六, 二〇一). Values 0–99 999.
/// </summary>
public static class ChineseNumerals
{
    private const string Digits = "零一二三四五六七八九";

    /// <summary>True when <paramref name="c"/> can be part of a Chinese numeral (两 only before 百 or 千).</summary>
    /// <param name="c">The character.</param>
    public static bool IsNumeralCharacter(char c) => DigitValue(c) >= 0 || UnitValue(c) > 0 || c is '廿' or '两';

    /// <summary>Reads a whole span as one Chinese numeral.</summary>
    /// <param name="text">The numeral, e.g. 十二, 一百零二, 一八六; nothing else around it.</param>
    /// <param name="value">The number, when the span is a well-formed numeral.</param>
    /// <returns>False for an empty span, a foreign character, or a malformed numeral (十十, 百).</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out int value)
    {
        value = 0;
        if (text.IsEmpty)
        {
            return false;
        }

        return text.IndexOfAny("十百千万廿") < 0 ? TryParseDigits(text, out value) : TryParsePositional(text, out value);
    }

    /// <summary>The positional form: 12 → 十二, 20 → 二十, 102 → 一百零二, 110 → 一百一十.</summary>
    /// <param name="value">0–99 999.</param>
    public static string Format(int value)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(value);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(value, 99_999);
        if (value == 0)
        {
            return "零";
        }

        var sb = new StringBuilder();
        ReadOnlySpan<int> units = [10_000, 1000, 100, 10, 1];
        const string unitNames = "万千百十";
        var pendingZero = false;
        for (var i = 0; i < units.Length; i++)
        {
            var d = value / units[i] % 10;
            if (d == 0)
            {
                pendingZero = sb.Length > 0;
                continue;
            }

            if (pendingZero)
            {
                sb.Append('零');
                pendingZero = false;
            }

            // 十二, not 一十二: the leading one of the tens is silent when tens lead the number.
            if (!(d == 1 && units[i] == 10 && sb.Length == 0))
            {
                sb.Append(Digits[d]);
            }

            if (i < unitNames.Length)
            {
                sb.Append(unitNames[i]);
            }
        }

        return sb.ToString();
    }

    /// <summary>The digit-by-digit form: 186 → 一八六, 201 → 二〇一.</summary>
    /// <param name="value">Zero or more.</param>
    public static string FormatDigits(int value)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(value);
        var s = value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return string.Create(s.Length, s, (span, src) =>
        {
            for (var i = 0; i < src.Length; i++)
            {
                span[i] = src[i] == '0' ? '〇' : Digits[src[i] - '0'];
            }
        });
    }

    internal static int DigitValue(char c) => c switch
    {
        '零' or '〇' => 0,
        '一' => 1,
        '二' => 2,
        '三' => 3,
        '四' => 4,
        '五' => 5,
        '六' => 6,
        '七' => 7,
        '八' => 8,
        '九' => 9,
        _ => -1,
    };

    private static int UnitValue(char c) => c switch
    {
        '十' => 10,
        '百' => 100,
        '千' => 1000,
        '万' => 10_000,
        _ => 0,
    };

    private static bool TryParseDigits(ReadOnlySpan<char> text, out int value)
    {
        value = 0;
        if (text.Length > 9)
        {
            return false;
        }

        foreach (var c in text)
        {
            var d = DigitValue(c);
            if (d < 0)
            {
                return false;
            }

            value = (value * 10) + d;
        }

        return true;
    }

    private static bool TryParsePositional(ReadOnlySpan<char> text, out int value)
    {
        value = 0;
        var pending = -1;
        var lastUnit = int.MaxValue;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '廿' && i == 0)
            {
                value = 20;
                lastUnit = 10;
                continue;
            }

            var unit = UnitValue(c);
            if (unit > 0)
            {
                // 十 may stand alone at the start (十二 = 12); 百, 千 and 万 need their digit.
                if (unit >= lastUnit || (pending < 0 && !(unit == 10 && i == 0)))
                {
                    return false;
                }

                value += (pending < 0 ? 1 : pending) * unit;
                pending = -1;
                lastUnit = unit;
                continue;
            }

            var d = c == '两' ? 2 : DigitValue(c);
            if (d < 0 || pending >= 0)
            {
                return false;
            }

            if (d != 0)
            {
                pending = d;
            }
        }

        if (pending >= 0)
        {
            // 一百二 is 120: a bare digit right after 百 or 千 counts in the next lower unit.
            var trailingAfterUnit = text.Length >= 2 && UnitValue(text[^2]) > 0;
            value += trailingAfterUnit && lastUnit >= 100 ? pending * (lastUnit / 10) : pending;
        }

        return true;
    }
}
