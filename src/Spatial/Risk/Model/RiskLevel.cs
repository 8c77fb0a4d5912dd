using FireMap.Spatial.Vocabulary;

namespace FireMap.Spatial.Risk.Model;

/// <summary>The four risk levels, ordered from lowest to highest (so they compare as numbers). Labels: <see cref="Codes.RiskLevel"/>.</summary>
public enum RiskLevel
{
    /// <summary><c>low</c>, blue.</summary>
    Low,

    /// <summary><c>general</c>, yellow.</summary>
    General,

    /// <summary><c>significant</c>, orange.</summary>
    Significant,

    /// <summary><c>major</c>, red.</summary>
    Major,
}
