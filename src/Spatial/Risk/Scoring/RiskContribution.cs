using FireMap.Spatial.Risk.Inputs;

namespace FireMap.Spatial.Risk.Scoring;

/// <summary>One factor's part of a score.</summary>
/// <param name="Factor">The factor.</param>
/// <param name="Points">
/// The factor's points on its side before normalisation (after its cap; for the holiday factor the points it
/// adds). For a compound, the same max/mean combination of its buildings' points as the score uses.
/// </param>
/// <param name="Score">The factor's share of the 0–100 score; the shares of one score add up to it.</param>
/// <param name="Route">
/// For a station factor measured by routed time: the fastest station by road and its time (for a compound,
/// its slowest building's); null for every other factor and when no station of the kind reaches the building.
/// </param>
public readonly record struct RiskContribution(RiskFactor Factor, double Points, double Score, StationRoute? Route = null)
{
    /// <summary>The route in words, in Chinese: "距大堰微型消防站车程 5.8 分钟"; null without a route.</summary>
    public string? ChineseExplanation => Route is { } r
        ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"距{r.StationName}车程 {r.Minutes:0.0} 分钟")
        : null;

    /// <summary>The route in words, in English: "5.8 min by road from 大堰微型消防站"; null without a route.</summary>
    public string? EnglishExplanation => Route is { } r
        ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{r.Minutes:0.0} min by road from {r.StationName}")
        : null;
}
