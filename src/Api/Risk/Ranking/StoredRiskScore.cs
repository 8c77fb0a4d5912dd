using FireMap.Spatial.Risk.Model;
using FireMap.Spatial.Risk.Scoring;

namespace FireMap.Api.Risk.Ranking;

/// <summary>A stored (or freshly computed) score with its explanation, the model version and the as-of date.</summary>
/// <param name="Score">0–100.</param>
/// <param name="Level">The level of the score under the model's thresholds.</param>
/// <param name="Likelihood">0–1; for a compound its buildings' combined, null for a compound without buildings.</param>
/// <param name="Consequence">0–1; as <paramref name="Likelihood"/>.</param>
/// <param name="Contributions">One per factor, in <see cref="RiskFactor"/> order; the scores add up to <paramref name="Score"/>.</param>
/// <param name="ModelVersion">The model version that produced it.</param>
/// <param name="AsOf">The China-time date it describes.</param>
public sealed record StoredRiskScore(
    double Score,
    RiskLevel Level,
    double? Likelihood,
    double? Consequence,
    IReadOnlyList<RiskContribution> Contributions,
    string ModelVersion,
    DateOnly AsOf);
