using FireMap.Spatial.Geocoding.Normalization;

namespace FireMap.Spatial.Tests.Geocoding.Support;

/// <summary>
/// Addresses that are not in the demo gazetteer, generated from a seed: compounds that do not exist (on real
/// roads, at real numbers, on made-up roads, or with no road), real addresses in other districts,
/// sub-districts and provinces, and random strings.
/// </summary>
public sealed class NegativeAddresses
{
    private static readonly string[] FirstHalves = ["金色", "碧桂", "龙湖", "融创", "万科", "保利", "恒大", "华润", "中海", "招商", "蓝光", "协信", "鲁能", "东原", "旭辉"];
    private static readonly string[] SecondHalves = ["港湾", "春森", "首府", "学府", "公馆", "名邸", "时代", "御府", "澜山", "半山", "雅郡", "国际", "原著", "江来"];
    private static readonly string[] FakeRoads = ["幸福大道", "解放路", "人民路", "中山路", "光明街", "长江路"];
    private static readonly string[] OtherAreas =
    [
        "重庆市九龙坡区", "重庆市沙坪坝区", "重庆市渝中区", "重庆市江北区", "重庆市南岸区", "重庆九龙坡区",
        "四川省成都市武侯区", "北京市朝阳区", "重庆市大渡口区新山村街道", "重庆市大渡口区春晖路街道", "大渡口区八桥镇",
    ];

    private const string RandomPool = "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严龙飞";

    private readonly Random _random;
    private readonly List<string> _realNames;

    public NegativeAddresses(int seed, IEnumerable<string> realNames)
    {
        _random = new Random(seed);
        _realNames = [.. realNames.Select(AddressNormalizer.Normalize).Where(n => n.Length > 0).Distinct()];
    }

    public IEnumerable<(string Kind, string Text)> Generate(IReadOnlyList<AddressSubject> subjects, int perKind)
    {
        for (var i = 0; i < perKind; i++)
        {
            var fake = FakeName();
            var s = subjects[_random.Next(subjects.Count)];
            var building = _random.Next(2) == 0 ? $"{_random.Next(1, 20)}栋" : string.Empty;
            yield return ("unknown_compound", $"{fake}{building}");
            yield return ("unknown_compound_real_road", $"{s.Road}{_random.Next(600, 999)}号{fake}{building}");
            yield return ("unknown_compound_real_number", $"{s.Road}{s.Number}号{fake}{building}");
            yield return ("unknown_road", $"{FakeRoads[_random.Next(FakeRoads.Length)]}{_random.Next(1, 300)}号{fake}{building}");
            yield return ("other_area", OtherAreas[_random.Next(OtherAreas.Length)] + s.Text);
            yield return ("random_cjk", RandomCjk(_random.Next(3, 14)));
            yield return ("random_ascii", RandomAscii(_random.Next(3, 20)));
        }
    }

    // A compound name at least two edits away from every real name and alias: not a typo of one.
    private string FakeName()
    {
        while (true)
        {
            var name = FirstHalves[_random.Next(FirstHalves.Length)] + SecondHalves[_random.Next(SecondHalves.Length)];
            if (_realNames.TrueForAll(real => ApproximateDistance(real, name) >= 2))
            {
                return name;
            }
        }
    }

    // Fewest edits turning one name into a substring of the other, either way round.
    private static int ApproximateDistance(string real, string fake) => Math.Min(InText(real, fake), InText(fake, real));

    private static int InText(string pattern, string text)
    {
        var col = Enumerable.Range(0, pattern.Length + 1).ToArray();
        var best = pattern.Length;
        foreach (var t in text)
        {
            var diagonal = 0;
            for (var i = 1; i <= pattern.Length; i++)
            {
                var above = col[i];
                col[i] = Math.Min(Math.Min(above + 1, col[i - 1] + 1), diagonal + (pattern[i - 1] == t ? 0 : 1));
                diagonal = above;
            }

            best = Math.Min(best, col[^1]);
        }

        return best;
    }

    private string RandomCjk(int length) =>
        string.Concat(Enumerable.Range(0, length).Select(_ => RandomPool[_random.Next(RandomPool.Length)]));

    private string RandomAscii(int length)
    {
        const string pool = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789 -#";
        return string.Concat(Enumerable.Range(0, length).Select(_ => pool[_random.Next(pool.Length)]));
    }
}
