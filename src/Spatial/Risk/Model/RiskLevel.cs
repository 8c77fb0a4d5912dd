namespace FireMap.Spatial.Risk.Model;

/// <summary>The four risk levels, ordered from lowest to highest (so they compare as numbers).</summary>
public enum RiskLevel
{
    /// <summary>低风险, blue.</summary>
    Low,

    /// <summary>一般风险, yellow.</summary>
    General,

    /// <summary>较大风险, orange.</summary>
    Significant,

    /// <summary>重大风险, red.</summary>
    Major,
}
