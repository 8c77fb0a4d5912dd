namespace FireMap.Spatial.Risk.Model;

/// <summary>
/// Consequence points of height (JSON <c>consequence.height</c>): a step at the GB 50016 high-rise
/// threshold (residential &gt; 27 m, other &gt; 24 m) plus a slope above it, because rescue and
/// evacuation get harder with every floor beyond ladder reach.
/// </summary>
public sealed record HeightWeights
{
    /// <summary>Points for being high-rise, in consequence points.</summary>
    public required double HighRisePoints { get; init; }

    /// <summary>Points per metre above the high-rise threshold, in consequence points per metre.</summary>
    public required double PointsPerMetreAbove { get; init; }

    /// <summary>Most points the factor gives, in consequence points.</summary>
    public required double Cap { get; init; }

    internal void Check(List<string> errors, string path)
    {
        ModelChecks.NonNegative(errors, $"{path}.high_rise_points", HighRisePoints);
        ModelChecks.NonNegative(errors, $"{path}.points_per_metre_above", PointsPerMetreAbove);
        ModelChecks.NonNegative(errors, $"{path}.cap", Cap);
    }
}
