namespace FireMap.Spatial.Risk.Model;

/// <summary>
/// Consequence points of fire-lane access (JSON <c>consequence.fire_lane_access</c>), from the compound's
/// narrowest lane against the GB 50016 4 m rule. A lane's usable width is its designed clear width, or
/// less where an active blockage leaves less beside it.
/// </summary>
public sealed record FireLaneWeights
{
    /// <summary>Points per metre the narrowest usable width falls short of 4 m, in consequence points per metre.</summary>
    public required double PointsPerMetreWidthShort { get; init; }

    /// <summary>Points per metre the lowest clear height falls short of 4 m, in consequence points per metre.</summary>
    public required double PointsPerMetreHeightShort { get; init; }

    /// <summary>Points per active blockage on any of the compound's lanes, in consequence points.</summary>
    public required double PointsPerActiveBlockage { get; init; }

    /// <summary>Points when the compound has no lane recorded (access unknown), in consequence points.</summary>
    public required double NoLanePoints { get; init; }

    /// <summary>Most points the factor gives, in consequence points.</summary>
    public required double Cap { get; init; }

    internal void Check(List<string> errors, string path)
    {
        ModelChecks.NonNegative(errors, $"{path}.points_per_metre_width_short", PointsPerMetreWidthShort);
        ModelChecks.NonNegative(errors, $"{path}.points_per_metre_height_short", PointsPerMetreHeightShort);
        ModelChecks.NonNegative(errors, $"{path}.points_per_active_blockage", PointsPerActiveBlockage);
        ModelChecks.NonNegative(errors, $"{path}.no_lane_points", NoLanePoints);
        ModelChecks.NonNegative(errors, $"{path}.cap", Cap);
    }
}
