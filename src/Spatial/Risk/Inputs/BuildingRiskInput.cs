namespace FireMap.Spatial.Risk.Inputs;

/// <summary>Everything the model reads about one building. Plain data: the Api gathers it with set-based SQL.</summary>
public sealed record BuildingRiskInput
{
    /// <summary>Database id; unique within its compound.</summary>
    public required long Id { get; init; }

    /// <summary>Use class; decides the GB 50016 high-rise threshold and the occupancy likelihood points.</summary>
    public required BuildingUse Use { get; init; }

    /// <summary>Building height, in metres, &gt; 0.</summary>
    public required double HeightMeters { get; init; }

    /// <summary>Year built, or null to use the compound's.</summary>
    public int? BuiltYear { get; init; }

    /// <summary>Fire alarm system.</summary>
    public required FireSystemStatus Alarm { get; init; }

    /// <summary>Smoke control system.</summary>
    public required FireSystemStatus SmokeControl { get; init; }

    /// <summary>Sprinkler system.</summary>
    public required FireSystemStatus Sprinkler { get; init; }

    /// <summary>Indoor hydrant system.</summary>
    public required FireSystemStatus Hydrant { get; init; }

    /// <summary>Mixed residential and other use (<c>mixed_use</c>); a <see cref="BuildingUse.Mixed"/> use class counts too.</summary>
    public bool MixedUse { get; init; }

    /// <summary>Use changed from the approved one (<c>changed_use</c>).</summary>
    public bool ChangedUse { get; init; }

    /// <summary>People living or working there, ≥ 0.</summary>
    public int Occupants { get; init; }

    /// <summary>Vulnerable residents the door-knock register places in the building (a count, no one named), ≥ 0.</summary>
    public int VulnerableResidents { get; init; }

    /// <summary>Straight-line distance to the nearest fire station, in metres; null when none is known.</summary>
    public double? FireStationMeters { get; init; }

    /// <summary>Straight-line distance to the nearest micro fire station, in metres; null when none is known.</summary>
    public double? MicroStationMeters { get; init; }

    /// <summary>Fastest fire station by road (read by a model whose station factor is routed); null when none reaches the building within the network's horizon.</summary>
    public StationRoute? FireStationRoute { get; init; }

    /// <summary>Fastest micro fire station by road (read by a model whose station factor is routed); null when none reaches the building within the network's horizon.</summary>
    public StationRoute? MicroStationRoute { get; init; }

    /// <summary>Hazards on the building and on places inside it, open or closed.</summary>
    public IReadOnlyList<HazardInput> Hazards { get; init; } = [];

    /// <summary>Places inside the building.</summary>
    public IReadOnlyList<PlaceInput> Places { get; init; } = [];

    /// <summary>Historic fires near the building (within the model's radius; more are ignored).</summary>
    public IReadOnlyList<IncidentInput> Incidents { get; init; } = [];
}
