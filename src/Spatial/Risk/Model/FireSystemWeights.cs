namespace FireMap.Spatial.Risk.Model;

/// <summary>
/// Likelihood points of one fire system's state (JSON <c>likelihood.alarm_system</c> and the like).
/// Absence weighs differently for high-rise buildings, where GB 50016 requires most systems, and for others.
/// </summary>
public sealed record FireSystemWeights
{
    /// <summary>Points when the system is installed but faulty, in likelihood points.</summary>
    public required double FaultPoints { get; init; }

    /// <summary>Points when a high-rise building has no such system, in likelihood points.</summary>
    public required double AbsentHighRisePoints { get; init; }

    /// <summary>Points when a building that is not high-rise has no such system, in likelihood points.</summary>
    public required double AbsentOtherPoints { get; init; }

    internal void Check(List<string> errors, string path)
    {
        ModelChecks.NonNegative(errors, $"{path}.fault_points", FaultPoints);
        ModelChecks.NonNegative(errors, $"{path}.absent_high_rise_points", AbsentHighRisePoints);
        ModelChecks.NonNegative(errors, $"{path}.absent_other_points", AbsentOtherPoints);
    }
}
