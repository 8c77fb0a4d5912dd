using FireMap.Spatial.Vocabulary;

namespace FireMap.Spatial.Access;

/// <summary>Current state of a fire lane, worst first in declaration order. Labels: <see cref="Codes.FireLaneStatus"/>.</summary>
public enum FireLaneStatus
{
    /// <summary>An active blockage leaves less than the required clear width.</summary>
    Blocked,

    /// <summary>The lane's own clear width or height is below the required 4 m.</summary>
    NonCompliant,

    /// <summary>Active blockages, but the required clear width remains.</summary>
    Narrowed,

    /// <summary>Compliant and unobstructed.</summary>
    Clear,
}
