namespace FireMap.Spatial.Risk.Model;

/// <summary>A count of things, each worth the same points, capped.</summary>
public sealed record PerItemWeights
{
    /// <summary>Points per item, in the side's points.</summary>
    public required double PointsEach { get; init; }

    /// <summary>Most points the factor gives, in the side's points.</summary>
    public required double Cap { get; init; }

    internal void Check(List<string> errors, string path)
    {
        ModelChecks.NonNegative(errors, $"{path}.points_each", PointsEach);
        ModelChecks.NonNegative(errors, $"{path}.cap", Cap);
    }
}
