using System.Globalization;
using FireMap.Spatial.Geocoding;
using FireMap.Spatial.Tests.Geocoding.Support;
using Xunit.Abstractions;

namespace FireMap.Spatial.Tests.Geocoding;

/// <summary>Honest matching over the demo gazetteer: what is not in it is never matched with confidence.</summary>
public sealed class GeocoderHonestyTests(ITestOutputHelper output)
{
    private const int Seed = 7_104_002;

    [Fact]
    public void Geocode_addresses_not_in_gazetteer_no_confident_match()
    {
        var data = DemoData.Loaded;
        var geocoder = new Geocoder(data.Gazetteer);
        var negatives = new NegativeAddresses(Seed, GeocoderAccuracyTests.RealNames(data))
            .Generate(SubjectCatalog.From(data), perKind: 150)
            .ToList();
        var confident = new List<string>();
        foreach (var group in negatives.GroupBy(n => n.Kind))
        {
            var best = group.Select(n => (n.Text, Top: geocoder.Geocode(n.Text, 1).Candidates.FirstOrDefault())).ToList();
            var max = best.Max(b => b.Top?.Score ?? 0);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{group.Key,-28} n={best.Count,4}  with candidates={best.Count(b => b.Top is not null),4}  max score={max:0.00}"));
            confident.AddRange(best.Where(b => b.Top is { IsConfident: true }).Select(b => $"{b.Text} → {b.Top!.Level} {b.Top.Entry.Name} {b.Top.Score:0.00}"));
        }

        Assert.True(confident.Count == 0, "confident matches for addresses not in the gazetteer:\n" + string.Join('\n', confident.Take(20)));
    }

    [Fact]
    public void Geocode_unknown_building_number_in_known_compound_matches_compound()
    {
        var data = DemoData.Loaded;
        var geocoder = new Geocoder(data.Gazetteer);
        var numbers = data.Buildings.Where(b => b.CompoundCode is not null)
            .GroupBy(b => b.CompoundCode!)
            .ToDictionary(g => g.Key, g => g.Max(b => int.Parse(b.BuildingNo!, CultureInfo.InvariantCulture)));
        foreach (var compound in data.Compounds)
        {
            var missing = numbers.GetValueOrDefault(compound.Code) + 1 + (compound.Code.Sum(c => c) % 8);
            foreach (var text in new[] { $"{compound.Address}{compound.Name}{missing}栋", $"{compound.Name}{missing}幢3单元" })
            {
                var top = geocoder.Geocode(text, 3).Candidates.FirstOrDefault();

                Assert.True(top is { Level: MatchLevel.Compound } && top.Entry.Code == compound.Code, $"{text} → {top?.Level} {top?.Entry.Code}");
                Assert.True(top!.Evidence.HasFlag(MatchEvidence.BuildingNotFound), text);
            }
        }
    }

    [Theory]
    [InlineData("重庆市九龙坡区跃进村路186号跃进村一村12栋")]
    [InlineData("四川省成都市武侯区钢城大道55号钢城中学")]
    [InlineData("重庆市大渡口区新山村街道滨江路22号跃进新城")]
    [InlineData("滨江路22号金色港湾")]
    [InlineData("滨江路999号")]
    [InlineData("跃进商业广场新座")]
    public void Geocode_foreign_or_unknown_address_candidates_without_confidence(string address)
    {
        var result = new Geocoder(DemoData.Loaded.Gazetteer).Geocode(address);

        Assert.NotEmpty(result.Candidates);
        Assert.Null(result.Best);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("1栋")]
    [InlineData("asdfghjk")]
    [InlineData("今天天气很好我们去公园")]
    public void Geocode_nonsense_no_candidates(string address)
    {
        Assert.Empty(new Geocoder(DemoData.Loaded.Gazetteer).Geocode(address).Candidates);
    }
}
