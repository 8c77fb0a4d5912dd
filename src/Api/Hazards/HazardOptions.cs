using System.ComponentModel.DataAnnotations;

namespace FireMap.Api.Hazards;

/// <summary>
/// <c>FireMap:Hazards</c>: the default rectification deadlines (限期) given to a reported hazard without
/// one, and the unit that supervises major hazards from the moment they are reported (挂牌督办).
/// </summary>
public sealed class HazardOptions
{
    public const string Section = "FireMap:Hazards";

    /// <summary>Days from the found date to the default deadline, by severity code (<c>general</c>, <c>major</c>).</summary>
    public Dictionary<string, int> DeadlineDays { get; init; } = new(StringComparer.Ordinal) { ["general"] = 30, ["major"] = 60 };

    /// <summary>
    /// Days by category code, overriding the severity's default: hazards that endanger escape now are
    /// given days, not weeks.
    /// </summary>
    public Dictionary<string, int> CategoryDeadlineDays { get; init; } = new(StringComparer.Ordinal)
    {
        ["blocked_exit"] = 3,
        ["fire_lane_occupied"] = 3,
        ["ebike_indoor_charging"] = 7,
        ["extinguisher_missing"] = 7,
    };

    /// <summary>The unit named as supervising a major hazard when the report names none.</summary>
    [Required]
    public string SupervisingUnit { get; init; } = "街道应急办";

    /// <summary>An open hazard whose deadline is at most this many days away is "due soon" in the alerts.</summary>
    [Range(0, 60)]
    public int DueSoonDays { get; init; } = 3;

    /// <summary>The default deadline of a hazard found on <paramref name="foundOn"/>.</summary>
    public DateOnly DefaultDeadline(string severity, string category, DateOnly foundOn)
    {
        var days = CategoryDeadlineDays.TryGetValue(category, out var byCategory) ? byCategory
            : DeadlineDays.TryGetValue(severity, out var bySeverity) ? bySeverity : 30;
        return foundOn.AddDays(days);
    }
}
