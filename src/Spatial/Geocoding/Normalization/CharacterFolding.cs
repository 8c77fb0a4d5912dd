using System.Collections.Frozen;

namespace FireMap.Spatial.Geocoding.Normalization;

/// <summary>Folds one character to the form the geocoder compares: half-width, upper-case, simplified.</summary>
internal static class CharacterFolding
{
    // Traditional (and a few Japanese) forms that occur in addresses, each followed by its simplified form.
    // Only characters that address parts or common place names use: a full converter is not needed to
    // match a gazetteer written in simplified characters.
    private const string Pairs =
        "號号區区樓楼棟栋單单単单層层門门縣县鎮镇鄉乡莊庄園园國国華华東东寧宁慶庆壩坝灣湾龍龙陽阳雲云" +
        "廠厂館馆場场醫医學学藝艺鋼钢鐵铁進进興兴豐丰開开發发廣广條条環环際际濱滨橋桥徑径嶺岭屬属舊旧" +
        "廈厦麗丽錦锦綠绿邊边遠远關关陸陆務务體体連连達达運运農农電电鄰邻歡欢來来車车馬马長长鳳凤陳陈" +
        "劉刘楊杨黃黄趙赵萬万廟庙塊块溝沟灘滩嶽岳島岛樂乐紅红業业蘇苏滬沪鄭郑衛卫廳厅辦办處处點点總总" +
        "還还藥药療疗養养寶宝貿贸衝冲戶户齊齐價价實实購购聯联結结網网頭头鹽盐鐘钟鍾钟雙双隊队戰战揚扬" +
        "灣湾匯汇豐丰瀋沈墻墙牆墙葉叶劃划";

    private static readonly FrozenDictionary<char, char> Simplified = BuildSimplified();

    /// <summary>Half-width, upper-case, simplified form of <paramref name="c"/>; dashes become '-'.</summary>
    public static char Fold(char c)
    {
        if (c is >= '\uFF01' and <= '\uFF5E')
        {
            c = (char)(c - 0xFEE0);
        }
        else if (c == '\u3000')
        {
            return ' ';
        }

        if (c is >= 'a' and <= 'z')
        {
            return (char)(c - 32);
        }

        if (c is '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2500' or '\uFE63' or '~')
        {
            return '-';
        }

        return c < 0x3000 ? c : Simplified.GetValueOrDefault(c, c);
    }

    /// <summary>True for characters that open a bracketed remark, whose content is dropped.</summary>
    public static bool IsOpeningBracket(char c) => c is '(' or '[' or '\u3010' or '\u3014' or '{';

    /// <summary>True for characters that close a bracketed remark.</summary>
    public static bool IsClosingBracket(char c) => c is ')' or ']' or '\u3011' or '\u3015' or '}';

    /// <summary>True for characters the geocoder keeps: letters (any script), digits and '-'.</summary>
    public static bool IsKept(char c) => char.IsLetterOrDigit(c) || c is '-' or '〇';

    private static FrozenDictionary<char, char> BuildSimplified()
    {
        var map = new Dictionary<char, char>();
        for (var i = 0; i + 1 < Pairs.Length; i += 2)
        {
            map[Pairs[i]] = Pairs[i + 1];
        }

        return map.ToFrozenDictionary();
    }
}
