using FireMap.Spatial.Vocabulary;

namespace FireMap.Spatial.Risk.Scoring;

/// <summary>Keys, sides and labels of <see cref="RiskFactor"/>, for storage, charts and exports.</summary>
public static class RiskFactors
{
    /// <summary>Number of factors; every score carries exactly this many contributions.</summary>
    public static readonly int Count = Enum.GetValues<RiskFactor>().Length;

    /// <summary>All factors in contribution order.</summary>
    public static IReadOnlyList<RiskFactor> All { get; } = Enum.GetValues<RiskFactor>();

    /// <summary>Stable snake_case key, e.g. <c>open_hazards</c>, <c>fire_lane_access</c>; use it as a column or JSON key.</summary>
    /// <param name="factor">The factor.</param>
    public static string Key(this RiskFactor factor) => RiskCodes.ToCode(factor);

    /// <summary>Which side of likelihood × consequence the factor is on.</summary>
    /// <param name="factor">The factor.</param>
    public static RiskSide Side(this RiskFactor factor) => factor switch
    {
        RiskFactor.Baseline => RiskSide.Baseline,
        < RiskFactor.Occupants => RiskSide.Likelihood,
        _ => RiskSide.Consequence,
    };

    /// <summary>Chinese label for charts and exports, from <see cref="Codes.RiskFactor"/>.</summary>
    /// <param name="factor">The factor.</param>
    public static string ChineseName(this RiskFactor factor) => Term(factor).Chinese;

    /// <summary>English label for charts and exports, from <see cref="Codes.RiskFactor"/>.</summary>
    /// <param name="factor">The factor.</param>
    public static string EnglishName(this RiskFactor factor) => Term(factor).English;

    private static CodeTerm Term(RiskFactor factor) =>
        Codes.RiskFactor.Find(factor.Key()) ?? throw new ArgumentOutOfRangeException(nameof(factor), factor, null);
}
