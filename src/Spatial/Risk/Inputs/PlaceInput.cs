namespace FireMap.Spatial.Risk.Inputs;

/// <summary>A place inside a building, or in a compound but in none of its buildings.</summary>
public sealed record PlaceInput
{
    /// <summary>Database id.</summary>
    public required long Id { get; init; }

    /// <summary>Category: decides whether it adds likelihood points and whether its capacity counts as gathering.</summary>
    public required PlaceCategory Category { get; init; }

    /// <summary>People it holds, ≥ 0 (0 when unknown).</summary>
    public int Capacity { get; init; }
}
