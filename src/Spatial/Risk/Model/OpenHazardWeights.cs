namespace FireMap.Spatial.Risk.Model;

/// <summary>Likelihood points of open hazards by severity (JSON <c>likelihood.open_hazards</c>).</summary>
public sealed record OpenHazardWeights
{
    /// <summary>Points per open general hazard, in likelihood points.</summary>
    public required double GeneralPoints { get; init; }

    /// <summary>Points per open major hazard, in likelihood points.</summary>
    public required double MajorPoints { get; init; }

    /// <summary>Most points the factor gives, in likelihood points.</summary>
    public required double Cap { get; init; }

    internal void Check(List<string> errors, string path)
    {
        ModelChecks.NonNegative(errors, $"{path}.general_points", GeneralPoints);
        ModelChecks.NonNegative(errors, $"{path}.major_points", MajorPoints);
        ModelChecks.NonNegative(errors, $"{path}.cap", Cap);
        if (MajorPoints < GeneralPoints)
        {
            errors.Add($"{path}.major_points ({MajorPoints}) must be at least general_points ({GeneralPoints})");
        }
    }
}
