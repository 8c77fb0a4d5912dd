using FireMap.Spatial.Risk.Model;

namespace FireMap.Spatial.Risk.Scoring;

/// <summary>A building's risk under one model version at one as-of date.</summary>
public sealed record BuildingRiskScore
{
    /// <summary>The building's id.</summary>
    public required long BuildingId { get; init; }

    /// <summary>Risk score, 0–100: 100 × likelihood × consequence.</summary>
    public required double Score { get; init; }

    /// <summary>The level the score falls in by the model's thresholds.</summary>
    public required RiskLevel Level { get; init; }

    /// <summary>Likelihood, 0–1 (holiday factor included).</summary>
    public required double Likelihood { get; init; }

    /// <summary>Consequence, 0–1.</summary>
    public required double Consequence { get; init; }

    /// <summary>One contribution per <see cref="RiskFactor"/>, in enum order; their scores add up to <see cref="Score"/>.</summary>
    public required IReadOnlyList<RiskContribution> Contributions { get; init; }

    /// <summary>The model version that produced the score.</summary>
    public required string ModelVersion { get; init; }

    /// <summary>The as-of date the score describes.</summary>
    public required DateOnly AsOf { get; init; }
}
