using FireMap.Spatial.Vocabulary;

namespace FireMap.Spatial.Risk.Model;

/// <summary>Labels and colours of <see cref="RiskLevel"/> for maps, lists and exports.</summary>
public static class RiskLevels
{
    /// <summary>Stable key for storage and APIs: <c>low</c>, <c>general</c>, <c>significant</c>, <c>major</c>.</summary>
    /// <param name="level">The level.</param>
    public static string Key(this RiskLevel level) => RiskCodes.ToCode(level);

    /// <summary>Chinese label, from <see cref="Codes.RiskLevel"/>.</summary>
    /// <param name="level">The level.</param>
    public static string ChineseName(this RiskLevel level) => Codes.RiskLevel.Label(level.Key(), Language.Chinese);

    /// <summary>English label: Major, Significant, General, Low.</summary>
    /// <param name="level">The level.</param>
    public static string EnglishName(this RiskLevel level) => Codes.RiskLevel.Label(level.Key(), Language.English);

    /// <summary>The colour of the level by the four-colour convention: red, orange, yellow, blue.</summary>
    /// <param name="level">The level.</param>
    public static string ColorName(this RiskLevel level) => level switch
    {
        RiskLevel.Major => "red",
        RiskLevel.Significant => "orange",
        RiskLevel.General => "yellow",
        _ => "blue",
    };
}
