using FireMap.Api.Risk.Ranking;

namespace FireMap.Api.Risk.WhatIf;

/// <summary>A compound's score now and after hypothetical fixes, computed from its current inputs; nothing is stored.</summary>
/// <param name="CompoundId">The compound.</param>
/// <param name="Before">The score with the inputs as they are.</param>
/// <param name="After">The score with the listed hazards closed and blockages cleared on the as-of date.</param>
/// <param name="ClosedHazards">The hazards closed in the scenario, ascending.</param>
/// <param name="ClearedBlockages">The blockages cleared in the scenario, ascending.</param>
public sealed record RiskWhatIfResult(
    long CompoundId,
    StoredRiskScore Before,
    StoredRiskScore After,
    IReadOnlyList<long> ClosedHazards,
    IReadOnlyList<long> ClearedBlockages);
