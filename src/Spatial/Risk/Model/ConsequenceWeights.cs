namespace FireMap.Spatial.Risk.Model;

/// <summary>
/// The consequence side (JSON <c>consequence</c>). Consequence = 1 − exp(−points / <see cref="ScalePoints"/>),
/// where points = <see cref="BaselinePoints"/> + each factor's capped points.
/// </summary>
public sealed record ConsequenceWeights
{
    /// <summary>Points every building has, in consequence points; gives the reference building its consequence.</summary>
    public required double BaselinePoints { get; init; }

    /// <summary>Normalisation: the points at which consequence reaches 1 − 1/e ≈ 0.63, &gt; 0.</summary>
    public required double ScalePoints { get; init; }

    /// <summary>People in the building.</summary>
    public required PerHundredWeights Occupants { get; init; }

    /// <summary>High-rise and height above the threshold.</summary>
    public required HeightWeights Height { get; init; }

    /// <summary>Vulnerable residents, per person.</summary>
    public required PerItemWeights VulnerableResidents { get; init; }

    /// <summary>Capacity of gathering places in the building.</summary>
    public required GatheringWeights GatheringCapacity { get; init; }

    /// <summary>The compound's fire lanes.</summary>
    public required FireLaneWeights FireLaneAccess { get; init; }

    /// <summary>Nearest fire station (5-minute reach).</summary>
    public required StationWeights FireStationDistance { get; init; }

    /// <summary>Nearest micro fire station (3-minute reach).</summary>
    public required StationWeights MicroStationDistance { get; init; }

    internal void Check(List<string> errors, string path)
    {
        ModelChecks.NonNegative(errors, $"{path}.baseline_points", BaselinePoints);
        ModelChecks.Positive(errors, $"{path}.scale_points", ScalePoints);
        ModelChecks.Part(errors, $"{path}.occupants", Occupants, (w, e, p) => w.Check(e, p));
        ModelChecks.Part(errors, $"{path}.height", Height, (w, e, p) => w.Check(e, p));
        ModelChecks.Part(errors, $"{path}.vulnerable_residents", VulnerableResidents, (w, e, p) => w.Check(e, p));
        ModelChecks.Part(errors, $"{path}.gathering_capacity", GatheringCapacity, (w, e, p) => w.Check(e, p));
        ModelChecks.Part(errors, $"{path}.fire_lane_access", FireLaneAccess, (w, e, p) => w.Check(e, p));
        ModelChecks.Part(errors, $"{path}.fire_station_distance", FireStationDistance,
            (w, e, p) => w.Check(e, p, FireCode.FireStationResponseMinutes));
        ModelChecks.Part(errors, $"{path}.micro_station_distance", MicroStationDistance,
            (w, e, p) => w.Check(e, p, FireCode.MicroStationResponseMinutes));
    }
}
