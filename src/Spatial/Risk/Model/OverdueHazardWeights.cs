namespace FireMap.Spatial.Risk.Model;

/// <summary>The extra weight of open hazards past their deadline (JSON <c>likelihood.overdue_hazards</c>).</summary>
public sealed record OverdueHazardWeights
{
    /// <summary>
    /// An overdue hazard weighs this many times its severity points, ≥ 1; the part above 1× is this
    /// factor's, the 1× stays with the hazard's own factor.
    /// </summary>
    public required double Multiplier { get; init; }

    /// <summary>Most points the factor gives, in likelihood points.</summary>
    public required double Cap { get; init; }

    internal void Check(List<string> errors, string path)
    {
        ModelChecks.AtLeast(errors, $"{path}.multiplier", Multiplier, 1);
        ModelChecks.NonNegative(errors, $"{path}.cap", Cap);
    }
}
