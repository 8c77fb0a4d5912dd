using FireMap.Spatial.Vocabulary;

namespace FireMap.Spatial.Risk.Inputs;

/// <summary>State of a building's fire system (alarm, smoke control, sprinkler, hydrant). Labels: <see cref="Codes.SystemStatus"/>.</summary>
public enum FireSystemStatus
{
    /// <summary><c>ok</c>: present and working.</summary>
    Ok,

    /// <summary><c>fault</c>: present but not working.</summary>
    Fault,

    /// <summary><c>absent</c>: not installed.</summary>
    Absent,
}
