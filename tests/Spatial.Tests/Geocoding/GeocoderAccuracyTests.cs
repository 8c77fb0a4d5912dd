using System.Globalization;
using System.Text;
using FireMap.Spatial.Geocoding;
using FireMap.Spatial.Tests.Geocoding.Support;
using Xunit.Abstractions;

namespace FireMap.Spatial.Tests.Geocoding;

/// <summary>
/// The accuracy suite: generated variants of every compound, building and place address of the demo data,
/// geocoded against the demo gazetteer; top-1 accuracy per variant kind and overall.
/// </summary>
public sealed class GeocoderAccuracyTests(ITestOutputHelper output)
{
    private const int Seed = 20_261_129;

    [Fact]
    public void Geocode_demo_address_variants_top1_at_least_97_percent()
    {
        var data = DemoData.Loaded;
        var geocoder = new Geocoder(data.Gazetteer);
        var variants = new VariantGenerator(Seed, RealNames(data)).Generate(SubjectCatalog.From(data)).ToList();
        var tally = new SortedDictionary<string, (int Total, int Top1, int Confident, int ConfidentWrong)>(StringComparer.Ordinal);
        var misses = new List<string>();
        foreach (var v in variants)
        {
            var top = geocoder.Geocode(v.Text, 1).Candidates.FirstOrDefault();
            var right = top is not null && v.Subject.Expected.Contains(top.Entry.Code);
            var t = tally.GetValueOrDefault(v.Kind);
            tally[v.Kind] = (t.Total + 1, t.Top1 + (right ? 1 : 0), t.Confident + (right && top!.IsConfident ? 1 : 0), t.ConfidentWrong + (!right && top is { IsConfident: true } ? 1 : 0));
            if (!right)
            {
                misses.Add($"{v.Kind}: {v.Text} → {top?.Level} {top?.Entry.Code} {top?.Entry.Name} {top?.Score:0.00} (want {string.Join('/', v.Subject.Expected)})");
            }
        }

        var overall = (double)tally.Values.Sum(t => t.Top1) / variants.Count;
        output.WriteLine(Report(tally, variants.Count, overall));
        foreach (var miss in misses.Take(60))
        {
            output.WriteLine(miss);
        }

        Assert.True(overall >= 0.97, $"top-1 accuracy {overall:P2} is below 97 %; first misses:\n{string.Join('\n', misses.Take(20))}");
    }

    internal static IEnumerable<string> RealNames(DemoData data) =>
        data.Compounds.SelectMany(c => c.Aliases.Append(c.Name))
            .Concat(data.Places.Select(p => p.Name))
            .Concat(data.Buildings.Select(b => b.Name))
            .Concat(data.Communities.Select(c => c.Name));

    private static string Report(SortedDictionary<string, (int Total, int Top1, int Confident, int ConfidentWrong)> tally, int total, double overall)
    {
        var sb = new StringBuilder();
        sb.AppendLine(CultureInfo.InvariantCulture, $"{"kind",-16} {"n",6} {"top-1",8} {"confident",10} {"conf. wrong",12}");
        foreach (var (kind, t) in tally)
        {
            sb.AppendLine(CultureInfo.InvariantCulture, $"{kind,-16} {t.Total,6} {(double)t.Top1 / t.Total,8:P1} {(double)t.Confident / t.Total,10:P1} {t.ConfidentWrong,12}");
        }

        sb.AppendLine(CultureInfo.InvariantCulture, $"{"overall",-16} {total,6} {overall,8:P2}");
        return sb.ToString();
    }
}
