namespace FireMap.Spatial.Risk.Scoring;

/// <summary>One factor's part of a score.</summary>
/// <param name="Factor">The factor.</param>
/// <param name="Points">
/// The factor's points on its side before normalisation (after its cap; for the holiday factor the points it
/// adds). For a compound, the same max/mean combination of its buildings' points as the score uses.
/// </param>
/// <param name="Score">The factor's share of the 0–100 score; the shares of one score add up to it.</param>
public readonly record struct RiskContribution(RiskFactor Factor, double Points, double Score);
