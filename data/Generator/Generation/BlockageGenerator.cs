using System.Globalization;
using FireMap.DemoData.Model;
using NetTopologySuite.LinearReferencing;

namespace FireMap.DemoData.Generation;

/// <summary>
/// Obstructions reported on fire lanes over the 90 days before the reference date: a point on
/// the lane line, what blocks it and the width left; about half already cleared.
/// </summary>
internal sealed class BlockageGenerator(DemoWorld world, Random rng)
{
    private const int Count = 72;
    private const int WindowDays = 90;

    private static readonly (string Cause, double Weight, string Note)[] Causes =
    [
        ("parked_car", 30, "私家车长期停放占用消防车通道"),
        ("ebike", 18, "电动自行车集中停放占道"),
        ("stall", 10, "流动摊贩占道经营"),
        ("piled_goods", 15, "杂物、废品堆放占道"),
        ("fixed_barrier", 8, "私设地桩、隔离墩"),
        ("overhead_cable", 5, "架空线缆下垂，净高不足"),
        ("construction", 8, "装修施工材料占道"),
        ("other", 6, "绿化改造围挡占道"),
    ];

    public void Generate()
    {
        var weighted = world.FireLanes
            .Select(l => (Lane: l, Weight: (world.CompoundByCode(l.CompoundCode).IsOld ? 3.0 : 1.0) * (l.ClearWidthM < 4 ? 1.5 : 1)))
            .ToList();
        var drafts = new List<Blockage>();
        for (var k = 0; k < Count; k++)
        {
            var lane = rng.PickWeighted(weighted);
            // The first draws cover every cause once; the rest follow how often each is reported.
            var cause = k < Causes.Length ? Causes[k] : rng.PickWeighted(Causes.Select(c => (c, c.Weight)).ToList());
            var indexed = new LengthIndexedLine(lane.Geometry);
            var location = indexed.ExtractPoint(lane.Geometry.Length * rng.Between(0.1, 0.9));
            var share = cause.Cause == "overhead_cable" ? rng.Between(0.8, 0.95) : rng.Between(0.25, 0.8);
            var remaining = Math.Min(RandomExtensions.Round1(lane.ClearWidthM * share), lane.ClearWidthM - 0.1);
            var reported = DemoSettings.ReferenceStart
                .AddDays(-rng.Between(1, WindowDays))
                .AddMinutes(rng.Between(6 * 60 + 30, 22 * 60 + 30));
            DateTimeOffset? cleared = null;
            if (rng.Chance(0.5))
            {
                var hours = Math.Min(rng.Between(0.5, 72), (DemoSettings.ReferenceStart - reported).TotalHours * 0.9);
                cleared = reported.AddMinutes(Math.Max(20, Math.Round(hours * 60)));
            }

            drafts.Add(new Blockage("", lane.Code, cause.Cause, remaining, reported, cleared, cause.Note, location));
        }

        var ordered = drafts.OrderBy(b => b.ReportedAt).ToList();
        for (var k = 0; k < ordered.Count; k++)
        {
            world.Blockages.Add(ordered[k] with { Code = "ZY" + (k + 1).ToString("D3", CultureInfo.InvariantCulture) });
        }
    }
}
