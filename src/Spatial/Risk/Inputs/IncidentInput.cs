namespace FireMap.Spatial.Risk.Inputs;

/// <summary>A historic fire near a building. The Api may pass a superset; the scorer keeps those inside the model's radius and window.</summary>
public sealed record IncidentInput
{
    /// <summary>Database id.</summary>
    public required long Id { get; init; }

    /// <summary>Date of the fire (<c>occurred_at</c> as a China-time date).</summary>
    public required DateOnly OccurredOn { get; init; }

    /// <summary>Distance from the building footprint to the fire, in metres (0 when inside or tied to the building).</summary>
    public required double DistanceMeters { get; init; }
}
