using FireMap.Spatial.Geocoding.Normalization;

namespace FireMap.Spatial.Tests.Geocoding.Support;

/// <summary>
/// Writes a subject's address the ways people do, deterministically from a seed: prefixes added or cut,
/// numerals in Chinese, 栋↔幢↔号楼↔座, a one-character typo in the name, the road left out, full-width
/// characters, spaces and commas, traditional characters, and combinations of these.
/// </summary>
public sealed class VariantGenerator
{
    public static readonly string[] Kinds =
        ["original", "prefix_full", "prefix_partial", "numerals", "building_word", "typo", "road_missing", "fullwidth", "spaces", "traditional", "combined"];

    // Common characters for typos: no numerals and no address words, which would change how the rest reads.
    private const string TypoPool = "金银山水木林森石玉光明星月日天和平安康乐福寿喜庆春夏秋冬红黄蓝绿青白长高远美丽新英雄文德仁义礼智信家园景湖江海河溪桥";
    private const string FullPrefix = "重庆市大渡口区跃进村街道";
    private static readonly string[] Separators = [" ", "  ", "\u3000", "，", ",", "、", "-", " , "];
    private static readonly string[] Words = ["幢", "号楼", "座", "号楼栋"];

    private readonly Random _random;
    private readonly HashSet<string> _realNames;

    public VariantGenerator(int seed, IEnumerable<string> realNames)
    {
        _random = new Random(seed);
        _realNames = [.. realNames.Select(AddressNormalizer.Normalize)];
    }

    public IEnumerable<AddressVariant> Generate(IEnumerable<AddressSubject> subjects)
    {
        foreach (var s in subjects)
        {
            foreach (var kind in Kinds)
            {
                if (Make(s, kind) is { } text)
                {
                    yield return new AddressVariant(kind, text, s);
                }
            }
        }
    }

    public string? Make(AddressSubject s, string kind)
    {
        var p = new VariantParts(s);
        Func<string>? separator = null;
        var post = new List<Func<string, string>>();
        switch (kind)
        {
            case "original": break;
            case "prefix_full": p.Prefix = FullPrefix; break;
            case "prefix_partial": p.Prefix = PartialPrefix(s); break;
            case "numerals": Numerals(p); break;
            case "building_word" when s.Building is null: return null;
            case "building_word": p.BuildingWord = Pick(Words); break;
            case "typo" when s.Source == "alias": return null;
            case "typo": p.Name = Typo(s.Name); break;
            case "road_missing": p.RoadDropped = true; break;
            case "fullwidth": post.Add(FullWidth); break;
            case "spaces": separator = () => Pick(Separators); break;
            case "traditional": post.Add(Traditional); break;
            case "combined": separator = Combine(s, p, post); break;
            default: throw new ArgumentOutOfRangeException(nameof(kind), kind, null);
        }

        return post.Aggregate(p.Render(separator), (text, f) => f(text));
    }

    private Func<string>? Combine(AddressSubject s, VariantParts p, List<Func<string, string>> post)
    {
        p.Prefix = _random.Next(2) == 0 ? FullPrefix : PartialPrefix(s);
        Func<string>? separator = null;
        foreach (var pick in new[] { 0, 1, 2, 3, 4 }.OrderBy(_ => _random.Next()).Take(2))
        {
            switch (pick)
            {
                case 0: Numerals(p); break;
                case 1: p.BuildingWord = Pick(Words); break;
                case 2: post.Add(FullWidth); break;
                case 3: separator = () => Pick(Separators); break;
                default: post.Add(Traditional); break;
            }
        }

        switch (_random.Next(3))
        {
            case 0 when s.Source != "alias": p.Name = Typo(s.Name); break;
            case 1: p.RoadDropped = true; break;
            default: break;
        }

        return separator;
    }

    private string PartialPrefix(AddressSubject s)
    {
        string[] options = ["重庆市", "重庆", "重庆市大渡口区", "重庆大渡口区", "大渡口区", "大渡口区跃进村街道", "跃进村街道", "重庆大渡口"];
        if (s.CommunityName is { } c && _random.Next(3) == 0)
        {
            return Pick([c, "跃进村街道" + c, FullPrefix + c]);
        }

        return Pick(options);
    }

    private void Numerals(VariantParts p)
    {
        var n = int.Parse(p.Number, System.Globalization.CultureInfo.InvariantCulture);
        p.Number = n >= 100 && _random.Next(2) == 0 ? ChineseNumerals.FormatDigits(n) : ChineseNumerals.Format(n);
        if (p.Building is { } b && int.TryParse(b, out var bn))
        {
            p.Building = ChineseNumerals.Format(bn);
        }
    }

    private string Typo(string name)
    {
        for (var attempt = 0; attempt < 50; attempt++)
        {
            var i = _random.Next(name.Length);
            var c = TypoPool[_random.Next(TypoPool.Length)];
            var op = name.Length >= 4 ? _random.Next(5) : 0;
            var typo = op switch
            {
                <= 2 => string.Concat(name.AsSpan(0, i), c.ToString(), name.AsSpan(i + 1)),
                3 => name.Remove(i, 1),
                _ => name.Insert(i, c.ToString()),
            };
            if (typo != name && !_realNames.Contains(AddressNormalizer.Normalize(typo)))
            {
                return typo;
            }
        }

        return name;
    }

    private static string FullWidth(string text) =>
        string.Concat(text.Select(c => c is >= '!' and <= '~' ? (char)(c + 0xFEE0) : c));

    private static string Traditional(string text) =>
        text.Replace('号', '號').Replace('区', '區').Replace('栋', '棟').Replace('楼', '樓').Replace('单', '單').Replace('园', '園').Replace('华', '華');

    private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];
}
