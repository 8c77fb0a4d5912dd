using System.Globalization;
using FireMap.Api.Errors;
using FireMap.Api.Risk.Inputs;
using FireMap.Api.Risk.Periods;
using FireMap.Api.Risk.Ranking;
using FireMap.Api.Risk.Runs;
using FireMap.Spatial.Risk.Scoring;

namespace FireMap.Api.Risk.WhatIf;

/// <summary>
/// "What would the compound score if ...": gathers the compound's inputs as they are on the as-of date,
/// scores them, applies <see cref="RiskWhatIf"/> (hazards closed, blockages cleared that day) and scores
/// again. Reads only; the scenario is never stored.
/// </summary>
public sealed class RiskWhatIfService(RiskInputReader reader, RiskModelSource model)
{
    /// <exception cref="Rejection">
    /// NOT_FOUND for an unknown compound; BAD_USER_INPUT naming <c>closeHazards</c> or <c>clearBlockages</c> for
    /// ids that are not open hazards or active blockages of the compound on the as-of date.
    /// </exception>
    public async Task<RiskWhatIfResult> RunAsync(long compoundId, IReadOnlySet<long> closeHazards, IReadOnlySet<long> clearBlockages,
        DateOnly asOf, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(closeHazards);
        ArgumentNullException.ThrowIfNull(clearBlockages);
        var inputs = await reader.ReadCompoundAsync(asOf, compoundId, cancellationToken);
        var compound = inputs.Compounds.SingleOrDefault()
            ?? throw Rejection.Of(RejectionKind.NotFound,
                $"No compound has id '{compoundId.ToString(CultureInfo.InvariantCulture)}'", "compoundId");

        var open = compound.Hazards.Concat(compound.Buildings.SelectMany(b => b.Hazards)).Where(h => h.IsOpenOn(asOf)).Select(h => h.Id);
        Refuse(closeHazards, open, "closeHazards", $"open hazards of compound {compoundId} on {asOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}");
        var active = compound.FireLanes.SelectMany(l => l.Blockages).Where(b => b.IsActiveOn(asOf)).Select(b => b.Id);
        Refuse(clearBlockages, active, "clearBlockages", $"active blockages on the fire lanes of compound {compoundId} on {asOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}");

        var scorer = model.Scorer;
        var before = scorer.Score(compound, asOf);
        var scenario = RiskWhatIf.ClearBlockages(RiskWhatIf.CloseHazards(compound, closeHazards, asOf), clearBlockages, asOf);
        var after = scorer.Score(scenario, asOf);
        var maxWeight = scorer.Model.Compound.MaxWeight;
        return new RiskWhatIfResult(compoundId, Stored(before, maxWeight), Stored(after, maxWeight),
            [.. closeHazards.Order()], [.. clearBlockages.Order()]);
    }

    /// <summary>A computed compound score in the stored shape.</summary>
    public static StoredRiskScore Stored(CompoundRiskScore score, double maxWeight)
    {
        ArgumentNullException.ThrowIfNull(score);
        var (likelihood, consequence) = CompoundSides.Of(score, maxWeight);
        return new StoredRiskScore(score.Score, score.Level, likelihood, consequence, score.Contributions, score.ModelVersion, score.AsOf);
    }

    private static void Refuse(IReadOnlySet<long> asked, IEnumerable<long> allowed, string argument, string what)
    {
        var known = allowed.ToHashSet();
        var unknown = asked.Where(id => !known.Contains(id)).Order().ToList();
        if (unknown.Count > 0)
        {
            throw Rejection.Of(RejectionKind.BadInput,
                $"{string.Join(", ", unknown.Select(id => id.ToString(CultureInfo.InvariantCulture)))} are not {what}", argument);
        }
    }
}
