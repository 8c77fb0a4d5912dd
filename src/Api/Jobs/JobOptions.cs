namespace FireMap.Api.Jobs;

/// <summary>
/// The scheduler (section <c>FireMap:Jobs</c>). <see cref="Schedules"/> maps a job's name to its
/// time of day (<c>"02:30"</c>, Asia/Shanghai) or <c>"off"</c>.
/// </summary>
public sealed class JobOptions
{
    public const string Section = "FireMap:Jobs";

    public bool Enabled { get; set; } = true;

    public Dictionary<string, string> Schedules { get; set; } = new(StringComparer.Ordinal);

    /// <summary>How often the scheduler looks for due jobs.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>A run whose time passed longer ago than this (the service was down) is skipped, not caught up.</summary>
    public TimeSpan MissedRunGrace { get; set; } = TimeSpan.FromHours(1);

    /// <summary>A run still marked running after this long lost its instance and is marked abandoned.</summary>
    public TimeSpan AbandonAfter { get; set; } = TimeSpan.FromHours(6);
}
