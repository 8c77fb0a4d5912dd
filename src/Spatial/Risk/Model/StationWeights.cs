namespace FireMap.Spatial.Risk.Model;

/// <summary>
/// Consequence points of the distance to the nearest station of one kind (JSON
/// <c>consequence.fire_station_distance</c>, <c>consequence.micro_station_distance</c>). The "1-3-5"
/// response time becomes a reach in metres: speed × (response minutes − turnout minutes). The
/// straight-line distance times the detour factor estimates the road distance; every kilometre beyond
/// the reach adds points. No known station gives the cap.
/// </summary>
public sealed record StationWeights
{
    /// <summary>Minutes from the call to leaving the station, ≥ 0 and below the response time.</summary>
    public required double TurnoutMinutes { get; init; }

    /// <summary>Average travel speed, in km/h, &gt; 0.</summary>
    public required double SpeedKmh { get; init; }

    /// <summary>Road distance over straight-line distance, ≥ 1.</summary>
    public required double DetourFactor { get; init; }

    /// <summary>Points per kilometre of estimated road distance beyond the reach, in consequence points per km.</summary>
    public required double PointsPerKmBeyond { get; init; }

    /// <summary>Most points the factor gives, in consequence points.</summary>
    public required double Cap { get; init; }

    /// <summary>Road distance the station covers within <paramref name="responseMinutes"/>, in metres.</summary>
    /// <param name="responseMinutes">The "1-3-5" response time, in minutes.</param>
    public double ReachMeters(double responseMinutes) => SpeedKmh * 1000 / 60 * (responseMinutes - TurnoutMinutes);

    internal void Check(List<string> errors, string path, double responseMinutes)
    {
        ModelChecks.NonNegative(errors, $"{path}.turnout_minutes", TurnoutMinutes);
        if (TurnoutMinutes >= responseMinutes)
        {
            errors.Add($"{path}.turnout_minutes must be below the {responseMinutes}-minute response time, was {TurnoutMinutes}");
        }

        ModelChecks.Positive(errors, $"{path}.speed_kmh", SpeedKmh);
        ModelChecks.AtLeast(errors, $"{path}.detour_factor", DetourFactor, 1);
        ModelChecks.NonNegative(errors, $"{path}.points_per_km_beyond", PointsPerKmBeyond);
        ModelChecks.NonNegative(errors, $"{path}.cap", Cap);
    }
}
