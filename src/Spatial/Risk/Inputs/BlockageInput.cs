namespace FireMap.Spatial.Risk.Inputs;

/// <summary>An obstruction (占用堵塞) on a fire lane; active from the day reported until the day cleared.</summary>
public sealed record BlockageInput
{
    /// <summary>Database id, used by what-if scenarios to clear it.</summary>
    public required long Id { get; init; }

    /// <summary>Clear width left beside the obstruction, in metres, ≥ 0.</summary>
    public required double RemainingWidthMeters { get; init; }

    /// <summary>Date reported (<c>reported_at</c> as a China-time date).</summary>
    public required DateOnly ReportedOn { get; init; }

    /// <summary>Date cleared (<c>cleared_at</c> as a China-time date), or null while active.</summary>
    public DateOnly? ClearedOn { get; init; }

    /// <summary>Whether the obstruction is still there at the end of <paramref name="asOf"/>.</summary>
    /// <param name="asOf">The as-of date.</param>
    public bool IsActiveOn(DateOnly asOf) => ReportedOn <= asOf && (ClearedOn is not { } cleared || cleared > asOf);
}
