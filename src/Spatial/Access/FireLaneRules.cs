namespace FireMap.Spatial.Access;

/// <summary>
/// Fire-lane rules of GB 50016: at least 4 m clear width and 4 m clear height. The
/// database view <c>fire_lane_states</c> applies the same rule to every lane at once.
/// </summary>
public static class FireLaneRules
{
    /// <summary>Minimum clear width of a fire lane, in metres (GB 50016).</summary>
    public const double MinClearWidthMeters = 4.0;

    /// <summary>Minimum clear height of a fire lane, in metres (GB 50016).</summary>
    public const double MinClearHeightMeters = 4.0;

    /// <summary>Whether the lane's own dimensions meet GB 50016, ignoring blockages.</summary>
    /// <param name="clearWidthMeters">Designed clear width in metres.</param>
    /// <param name="clearHeightMeters">Designed clear height in metres.</param>
    public static bool IsCompliant(double clearWidthMeters, double clearHeightMeters) =>
        clearWidthMeters >= MinClearWidthMeters && clearHeightMeters >= MinClearHeightMeters;

    /// <summary>Classifies a lane from its dimensions and the widths its active blockages leave.</summary>
    /// <param name="clearWidthMeters">Designed clear width in metres.</param>
    /// <param name="clearHeightMeters">Designed clear height in metres.</param>
    /// <param name="activeRemainingWidthsMeters">Remaining width beside each active blockage, in metres.</param>
    public static FireLaneStatus Classify(double clearWidthMeters, double clearHeightMeters, IEnumerable<double> activeRemainingWidthsMeters)
    {
        ArgumentNullException.ThrowIfNull(activeRemainingWidthsMeters);
        var remaining = activeRemainingWidthsMeters.ToList();
        if (remaining.Count > 0 && remaining.Min() < MinClearWidthMeters)
        {
            return FireLaneStatus.Blocked;
        }

        if (!IsCompliant(clearWidthMeters, clearHeightMeters))
        {
            return FireLaneStatus.NonCompliant;
        }

        return remaining.Count > 0 ? FireLaneStatus.Narrowed : FireLaneStatus.Clear;
    }

    /// <summary>The stored code of a status, as the database view writes it.</summary>
    /// <param name="status">A lane status.</param>
    public static string Code(FireLaneStatus status) => status switch
    {
        FireLaneStatus.Blocked => "blocked",
        FireLaneStatus.NonCompliant => "non_compliant",
        FireLaneStatus.Narrowed => "narrowed",
        _ => "clear",
    };
}
