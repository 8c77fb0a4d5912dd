using FireMap.Spatial.Risk.Model;

namespace FireMap.Spatial.Risk.Scoring;

/// <summary>
/// A compound's risk under one model version at one as-of date: a weighted combination of its
/// highest building score and the mean of its building scores (see <see cref="CompoundRule"/>).
/// </summary>
public sealed record CompoundRiskScore
{
    /// <summary>The compound's id.</summary>
    public required long CompoundId { get; init; }

    /// <summary>Risk score, 0–100.</summary>
    public required double Score { get; init; }

    /// <summary>The level the score falls in by the model's thresholds.</summary>
    public required RiskLevel Level { get; init; }

    /// <summary>Highest building score, 0–100.</summary>
    public required double MaxBuildingScore { get; init; }

    /// <summary>Mean building score, 0–100.</summary>
    public required double MeanBuildingScore { get; init; }

    /// <summary>One contribution per <see cref="RiskFactor"/>, in enum order; their scores add up to <see cref="Score"/>.</summary>
    public required IReadOnlyList<RiskContribution> Contributions { get; init; }

    /// <summary>The compound's buildings' scores, in input order; empty when the compound has no buildings.</summary>
    public required IReadOnlyList<BuildingRiskScore> Buildings { get; init; }

    /// <summary>The model version that produced the score.</summary>
    public required string ModelVersion { get; init; }

    /// <summary>The as-of date the score describes.</summary>
    public required DateOnly AsOf { get; init; }
}
