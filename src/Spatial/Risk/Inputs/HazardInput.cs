namespace FireMap.Spatial.Risk.Inputs;

/// <summary>
/// One hazard (隐患) as the scorer needs it. Whether it is open is decided from its dates against the
/// as-of date, so the same rows can be replayed for any past date: open when found on or before the
/// as-of date and not closed by its end.
/// </summary>
public sealed record HazardInput
{
    /// <summary>Database id, used by what-if scenarios to close it.</summary>
    public required long Id { get; init; }

    /// <summary>Category; e-bike/electrical and group-rental/three-in-one categories feed their own factors.</summary>
    public required HazardCategory Category { get; init; }

    /// <summary>Severity: general or major.</summary>
    public required HazardSeverity Severity { get; init; }

    /// <summary>Date found (<c>found_on</c>), China time.</summary>
    public required DateOnly FoundOn { get; init; }

    /// <summary>Rectification deadline (<c>deadline</c>), the last allowed day; overdue when before the as-of date.</summary>
    public required DateOnly Deadline { get; init; }

    /// <summary>Date closed (销号; <c>closed_at</c> as a China-time date), or null while open.</summary>
    public DateOnly? ClosedOn { get; init; }

    /// <summary>Under listed supervision (挂牌督办).</summary>
    public bool Supervised { get; init; }

    /// <summary>Whether the hazard is open at the end of <paramref name="asOf"/>.</summary>
    /// <param name="asOf">The as-of date.</param>
    public bool IsOpenOn(DateOnly asOf) => FoundOn <= asOf && (ClosedOn is not { } closed || closed > asOf);

    /// <summary>Whether the hazard is open and its deadline has passed at <paramref name="asOf"/>.</summary>
    /// <param name="asOf">The as-of date.</param>
    public bool IsOverdueOn(DateOnly asOf) => IsOpenOn(asOf) && Deadline < asOf;
}
