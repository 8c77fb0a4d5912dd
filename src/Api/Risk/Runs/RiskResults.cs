using FireMap.Api.Risk.Inputs;
using FireMap.Spatial.Risk.Model;
using FireMap.Spatial.Risk.Scoring;

namespace FireMap.Api.Risk.Runs;

/// <summary>The scores of one recompute: compounds (each with its buildings' scores) and buildings in no compound.</summary>
public sealed record RiskResults(IReadOnlyList<CompoundRiskScore> Compounds, IReadOnlyList<BuildingRiskScore> LoneBuildings)
{
    /// <summary>Scores every compound and lone building of <paramref name="inputs"/>, in parallel; the scorer is thread-safe.</summary>
    public static RiskResults Score(RiskScorer scorer, RiskInputSet inputs, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(scorer);
        ArgumentNullException.ThrowIfNull(inputs);
        var compounds = new CompoundRiskScore[inputs.Compounds.Count];
        Parallel.For(0, compounds.Length, i => compounds[i] = scorer.Score(inputs.Compounds[i], asOf));
        var lone = new BuildingRiskScore[inputs.LoneBuildings.Count];
        Parallel.For(0, lone.Length, i => lone[i] = scorer.ScoreBuilding(inputs.LoneBuildings[i], null, asOf));
        return new RiskResults(compounds, lone);
    }

    /// <summary>Buildings scored, in compounds and alone.</summary>
    public int BuildingCount => Compounds.Sum(c => c.Buildings.Count) + LoneBuildings.Count;

    /// <summary>How many compounds fall in each level, highest level first.</summary>
    public IReadOnlyList<(RiskLevel Level, int Count)> CompoundLevels =>
        [.. Enum.GetValues<RiskLevel>().Reverse().Select(level => (level, Compounds.Count(c => c.Level == level)))];
}
