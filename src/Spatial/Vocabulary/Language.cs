namespace FireMap.Spatial.Vocabulary;

/// <summary>The two languages FireMap speaks: Chinese by default, English on request.</summary>
public enum Language
{
    /// <summary>Simplified Chinese, the default.</summary>
    Chinese,

    /// <summary>English.</summary>
    English,
}
