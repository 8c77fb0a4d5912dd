namespace FireMap.Spatial.Risk.Inputs;

/// <summary>Severity of a hazard (隐患).</summary>
public enum HazardSeverity
{
    /// <summary><c>general</c> 一般隐患.</summary>
    General,

    /// <summary><c>major</c> 重大隐患.</summary>
    Major,
}
