using FireMap.Spatial.Risk.Inputs;
using FireMap.Spatial.Risk.Scoring;

namespace FireMap.Spatial.Tests.Risk;

/// <summary>
/// Monotonicity on seeded random compounds, under the shipped model (with its caps) and under the
/// uncapped simple model. Compared exactly: the model is monotone in floating point, not only on paper.
/// </summary>
public sealed class RiskScorerMonotonicityTests
{
    private const int Cases = 400;

    public static TheoryData<string> Models => ["shipped", "simple"];

    [Theory]
    [MemberData(nameof(Models))]
    public void Score_open_hazard_added_never_lowers(string model) => Check(model, 11, (g, c) =>
    {
        if (c.Buildings.Count == 0 || g.Random.Next(3) == 0)
        {
            return c with { Hazards = [.. c.Hazards, g.OpenHazard()] };
        }

        return WithBuilding(c, g.Random.Next(c.Buildings.Count), b => b with { Hazards = [.. b.Hazards, g.OpenHazard()] });
    }, expectRise: true);

    [Theory]
    [MemberData(nameof(Models))]
    public void Score_system_fault_never_lowers(string model) => Check(model, 12, (g, c) =>
    {
        if (c.Buildings.Count == 0)
        {
            return c;
        }

        return WithBuilding(c, g.Random.Next(c.Buildings.Count), b => g.Random.Next(4) switch
        {
            0 when b.Alarm == FireSystemStatus.Ok => b with { Alarm = FireSystemStatus.Fault },
            1 when b.SmokeControl == FireSystemStatus.Ok => b with { SmokeControl = FireSystemStatus.Fault },
            2 when b.Sprinkler == FireSystemStatus.Ok => b with { Sprinkler = FireSystemStatus.Fault },
            3 when b.Hydrant == FireSystemStatus.Ok => b with { Hydrant = FireSystemStatus.Fault },
            _ => b,
        });
    }, expectRise: true);

    [Theory]
    [MemberData(nameof(Models))]
    public void Score_active_blockage_added_never_lowers(string model) => Check(model, 13, (g, c) =>
    {
        if (c.FireLanes.Count == 0)
        {
            return c;
        }

        var lanes = c.FireLanes.ToArray();
        var i = g.Random.Next(lanes.Length);
        lanes[i] = lanes[i] with { Blockages = [.. lanes[i].Blockages, g.ActiveBlockage()] };
        return c with { FireLanes = lanes };
    }, expectRise: true);

    [Theory]
    [MemberData(nameof(Models))]
    public void Score_occupants_added_never_lowers(string model) => Check(model, 14, (g, c) =>
        c.Buildings.Count == 0 ? c : WithBuilding(c, g.Random.Next(c.Buildings.Count), b => b with { Occupants = b.Occupants + g.Random.Next(1, 60) }),
        expectRise: true);

    [Theory]
    [MemberData(nameof(Models))]
    public void Score_hazard_closed_never_raises(string model) => Check(model, 15, (g, c) =>
    {
        var all = c.Hazards.Concat(c.Buildings.SelectMany(b => b.Hazards)).Where(h => h.IsOpenOn(g.AsOf)).ToArray();
        return all.Length == 0 ? c : RiskWhatIf.CloseHazards(c, new HashSet<long> { all[g.Random.Next(all.Length)].Id }, g.AsOf);
    }, expectRise: false);

    [Theory]
    [MemberData(nameof(Models))]
    public void Score_compound_never_falls_when_one_building_rises(string model)
    {
        var scorer = Scorer(model);
        var g = new RandomInputs(16);
        var rises = 0;
        for (var n = 0; n < Cases; n++)
        {
            var compound = g.Compound();
            if (compound.Buildings.Count == 0)
            {
                continue;
            }

            var i = g.Random.Next(compound.Buildings.Count);
            var changed = WithBuilding(compound, i, b => g.Building() with { Id = b.Id });
            var (before, after) = (scorer.Score(compound, g.AsOf), scorer.Score(changed, g.AsOf));
            if (after.Buildings[i].Score >= before.Buildings[i].Score)
            {
                rises++;
                Assert.True(after.Score >= before.Score, $"case {n}: building rose {before.Buildings[i].Score} → {after.Buildings[i].Score}, compound fell {before.Score} → {after.Score}");
            }
        }

        Assert.True(rises > Cases / 4, $"only {rises} cases exercised the property");
    }

    private static void Check(string model, int seed, Func<RandomInputs, CompoundRiskInput, CompoundRiskInput> change, bool expectRise)
    {
        var scorer = Scorer(model);
        var g = new RandomInputs(seed);
        var moved = 0;
        for (var n = 0; n < Cases; n++)
        {
            var compound = g.Compound();
            var before = scorer.Score(compound, g.AsOf);
            var after = scorer.Score(change(g, compound), g.AsOf);
            Assert.True(expectRise ? after.Score >= before.Score : after.Score <= before.Score, $"case {n}: compound {before.Score} → {after.Score}");
            for (var i = 0; i < before.Buildings.Count; i++)
            {
                var (b, a) = (before.Buildings[i].Score, after.Buildings[i].Score);
                Assert.True(expectRise ? a >= b : a <= b, $"case {n}, building {i}: {b} → {a}");
            }

            moved += after.Score != before.Score ? 1 : 0;
        }

        // Guards against a generator that never changes anything, which would pass vacuously.
        Assert.True(moved > Cases / 10, $"only {moved} of {Cases} cases changed the score");
    }

    private static CompoundRiskInput WithBuilding(CompoundRiskInput c, int index, Func<BuildingRiskInput, BuildingRiskInput> change)
    {
        var buildings = c.Buildings.ToArray();
        buildings[index] = change(buildings[index]);
        return c with { Buildings = buildings };
    }

    private static RiskScorer Scorer(string model) => new(model == "shipped" ? TestModels.Shipped : TestModels.Simple);
}
