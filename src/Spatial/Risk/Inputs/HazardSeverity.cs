using FireMap.Spatial.Vocabulary;

namespace FireMap.Spatial.Risk.Inputs;

/// <summary>Severity of a hazard. Labels: <see cref="Codes.HazardSeverity"/>.</summary>
public enum HazardSeverity
{
    /// <summary><c>general</c>.</summary>
    General,

    /// <summary><c>major</c>.</summary>
    Major,
}
