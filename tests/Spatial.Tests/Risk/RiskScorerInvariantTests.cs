using System.Globalization;
using FireMap.Spatial.Risk.Model;
using FireMap.Spatial.Risk.Scoring;

namespace FireMap.Spatial.Tests.Risk;

/// <summary>Invariants that hold for every input: determinism, row order, exact attribution, range, levels.</summary>
public sealed class RiskScorerInvariantTests
{
    private const int Cases = 500;

    public static TheoryData<string> Models => ["shipped", "simple"];

    [Theory]
    [MemberData(nameof(Models))]
    public void Score_same_input_twice_bit_identical(string model)
    {
        var g = new RandomInputs(21);
        for (var n = 0; n < Cases; n++)
        {
            var compound = g.Compound();
            Assert.Equal(Fingerprint(Scorer(model).Score(compound, g.AsOf)), Fingerprint(Scorer(model).Score(compound, g.AsOf)));
        }
    }

    [Theory]
    [MemberData(nameof(Models))]
    public void Score_rows_in_any_order_bit_identical(string model)
    {
        var scorer = Scorer(model);
        var g = new RandomInputs(22);
        for (var n = 0; n < Cases; n++)
        {
            var compound = g.Compound();
            var shuffled = compound with
            {
                Hazards = g.Shuffled(compound.Hazards),
                Places = g.Shuffled(compound.Places),
                FireLanes = g.Shuffled(compound.FireLanes.Select(l => l with { Blockages = g.Shuffled(l.Blockages) }).ToArray()),
                Buildings = g.Shuffled(compound.Buildings.Select(b => b with
                {
                    Hazards = g.Shuffled(b.Hazards),
                    Places = g.Shuffled(b.Places),
                    Incidents = g.Shuffled(b.Incidents),
                }).ToArray()),
            };

            Assert.Equal(Fingerprint(scorer.Score(compound, g.AsOf)), Fingerprint(scorer.Score(shuffled, g.AsOf)));
        }
    }

    [Theory]
    [MemberData(nameof(Models))]
    public void Score_contributions_add_up_to_score_and_are_not_negative(string model)
    {
        var scorer = Scorer(model);
        var g = new RandomInputs(23);
        for (var n = 0; n < Cases; n++)
        {
            var result = scorer.Score(g.Compound(), n % 7 == 0 ? new DateOnly(2027, 2, 10) : g.AsOf);
            AssertExact(result.Contributions, result.Score, $"case {n} compound");
            foreach (var building in result.Buildings)
            {
                AssertExact(building.Contributions, building.Score, $"case {n} building {building.BuildingId}");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Models))]
    public void Score_within_range_and_level_follows_thresholds(string model)
    {
        var scorer = Scorer(model);
        var levels = scorer.Model.Levels;
        var g = new RandomInputs(24);
        var seen = new HashSet<RiskLevel>();
        for (var n = 0; n < Cases; n++)
        {
            var result = scorer.Score(g.Compound(), g.AsOf);
            foreach (var (score, level) in result.Buildings.Select(b => (b.Score, b.Level)).Append((result.Score, result.Level)))
            {
                Assert.InRange(score, 0, 100);
                var expected = score >= levels.Major ? RiskLevel.Major
                    : score >= levels.Significant ? RiskLevel.Significant
                    : score >= levels.General ? RiskLevel.General : RiskLevel.Low;
                Assert.Equal(expected, level);
                seen.Add(level);
            }

            Assert.All(result.Buildings, b => Assert.InRange(b.Likelihood, 0, 1));
            Assert.All(result.Buildings, b => Assert.InRange(b.Consequence, 0, 1));
            Assert.Equal(scorer.Model.Version, result.ModelVersion);
            Assert.Equal(g.AsOf, result.AsOf);
        }

        Assert.Equal(4, seen.Count);
    }

    [Theory]
    [MemberData(nameof(Models))]
    public void Score_holiday_raises_likelihood_and_never_lowers_score(string model)
    {
        var basis = model == "shipped" ? TestModels.Shipped : TestModels.Simple;
        var holiday = new RiskScorer(basis with { HolidayPeriods = [new HolidayPeriod { Name = "test", From = TestModels.AsOf, To = TestModels.AsOf, Factor = 1.3 }] });
        var ordinary = new RiskScorer(basis with { HolidayPeriods = [] });
        var g = new RandomInputs(25);
        for (var n = 0; n < Cases; n++)
        {
            var compound = g.Compound();
            var (before, after) = (ordinary.Score(compound, g.AsOf), holiday.Score(compound, g.AsOf));
            Assert.True(after.Score >= before.Score, $"case {n}: {before.Score} → {after.Score}");
            for (var i = 0; i < before.Buildings.Count; i++)
            {
                Assert.True(after.Buildings[i].Likelihood > before.Buildings[i].Likelihood, $"case {n} building {i}");
                Assert.True(after.Buildings[i].Score >= before.Buildings[i].Score, $"case {n} building {i}");
                Assert.True(after.Buildings[i].Contributions[(int)RiskFactor.HolidayPeriod].Score > 0);
                Assert.Equal(0, before.Buildings[i].Contributions[(int)RiskFactor.HolidayPeriod].Score);
            }
        }
    }

    private static void AssertExact(IReadOnlyList<RiskContribution> contributions, double score, string what)
    {
        Assert.Equal(RiskFactors.All, contributions.Select(c => c.Factor));
        Assert.All(contributions, c => Assert.True(c.Score >= 0 && c.Points >= 0, $"{what}: {c}"));
        var sum = contributions.Sum(c => c.Score);
        Assert.True(Math.Abs(sum - score) <= 1e-9, $"{what}: contributions add up to {sum:R}, score is {score:R}");
    }

    // Every number of a result to the last bit, buildings in id order, so two results compare as strings.
    private static string Fingerprint(CompoundRiskScore r) =>
        string.Join("|", new[] { Bits(r.Score), r.Level.ToString(), Bits(r.MaxBuildingScore), Bits(r.MeanBuildingScore), Bits(r.Contributions) }
            .Concat(r.Buildings.OrderBy(b => b.BuildingId).Select(b =>
                $"{b.BuildingId}:{Bits(b.Score)}:{b.Level}:{Bits(b.Likelihood)}:{Bits(b.Consequence)}:{Bits(b.Contributions)}")));

    private static string Bits(IReadOnlyList<RiskContribution> contributions) =>
        string.Join(",", contributions.Select(c => $"{Bits(c.Points)}/{Bits(c.Score)}"));

    private static string Bits(double value) => BitConverter.DoubleToInt64Bits(value).ToString("x", CultureInfo.InvariantCulture);

    private static RiskScorer Scorer(string model) => new(model == "shipped" ? TestModels.Shipped : TestModels.Simple);
}
