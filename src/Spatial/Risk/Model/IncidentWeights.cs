namespace FireMap.Spatial.Risk.Model;

/// <summary>
/// Likelihood points of historic fires nearby (JSON <c>likelihood.nearby_incidents</c>): each fire within
/// the radius and window counts <see cref="PointsEach"/> × (1 − age / window), so a fire yesterday counts
/// almost fully and one at the end of the window almost nothing.
/// </summary>
public sealed record IncidentWeights
{
    /// <summary>Search radius around the building footprint, in metres, &gt; 0.</summary>
    public required double RadiusMeters { get; init; }

    /// <summary>Look-back window, in days, ≥ 1; older fires count nothing.</summary>
    public required int WindowDays { get; init; }

    /// <summary>Points of a fire on the as-of date, in likelihood points.</summary>
    public required double PointsEach { get; init; }

    /// <summary>Most points the factor gives, in likelihood points.</summary>
    public required double Cap { get; init; }

    internal void Check(List<string> errors, string path)
    {
        ModelChecks.Positive(errors, $"{path}.radius_meters", RadiusMeters);
        ModelChecks.AtLeast(errors, $"{path}.window_days", WindowDays, 1);
        ModelChecks.NonNegative(errors, $"{path}.points_each", PointsEach);
        ModelChecks.NonNegative(errors, $"{path}.cap", Cap);
    }
}
