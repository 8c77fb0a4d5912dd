using FireMap.Spatial.Vocabulary;

namespace FireMap.Spatial.Risk.Scoring;

/// <summary>Which side of likelihood × consequence a factor belongs to. Labels: <see cref="Codes.RiskSide"/>.</summary>
public enum RiskSide
{
    /// <summary>The reference building, on both sides.</summary>
    Baseline,

    /// <summary>Likelihood of a serious fire.</summary>
    Likelihood,

    /// <summary>Consequence if one happens.</summary>
    Consequence,
}
