namespace FireMap.Spatial.Risk.Model;

/// <summary>
/// Consequence points of the way to the nearest station of one kind (JSON
/// <c>consequence.fire_station_distance</c>, <c>consequence.micro_station_distance</c>). Two measures:
/// <list type="bullet">
/// <item><c>straight_line</c> (v1): the "1-3-5" response time becomes a reach in metres, speed × (response
/// minutes − turnout minutes); the straight-line distance times the detour factor estimates the road
/// distance, and every kilometre beyond the reach adds points.</item>
/// <item><c>routed_time</c> (v2): the routed minutes by road from the fastest station of the kind, plus the
/// turnout, against the response time; every minute beyond it adds points.</item>
/// </list>
/// No known (or, routed, no reaching) station gives the cap.
/// </summary>
public sealed record StationWeights
{
    /// <summary>The straight-line measure's name in the JSON.</summary>
    public const string StraightLine = "straight_line";

    /// <summary>The routed measure's name in the JSON.</summary>
    public const string RoutedTime = "routed_time";

    /// <summary><see cref="StraightLine"/> (the default) or <see cref="RoutedTime"/>.</summary>
    public string Measure { get; init; } = StraightLine;

    /// <summary>Minutes from the call to leaving the station, ≥ 0 and below the response time.</summary>
    public required double TurnoutMinutes { get; init; }

    /// <summary>Average travel speed, in km/h, &gt; 0 (straight-line measure only).</summary>
    public double SpeedKmh { get; init; }

    /// <summary>Road distance over straight-line distance, ≥ 1 (straight-line measure only).</summary>
    public double DetourFactor { get; init; }

    /// <summary>Points per kilometre of estimated road distance beyond the reach, in consequence points per km (straight-line measure only).</summary>
    public double PointsPerKmBeyond { get; init; }

    /// <summary>Points per minute of turnout plus routed time beyond the response time, in consequence points per minute (routed measure only).</summary>
    public double PointsPerMinuteBeyond { get; init; }

    /// <summary>Most points the factor gives, in consequence points.</summary>
    public required double Cap { get; init; }

    /// <summary>Whether the factor reads routed time rather than straight-line distance.</summary>
    public bool Routed => Measure == RoutedTime;

    /// <summary>Road distance the station covers within <paramref name="responseMinutes"/>, in metres (straight-line measure).</summary>
    /// <param name="responseMinutes">The "1-3-5" response time, in minutes.</param>
    public double ReachMeters(double responseMinutes) => SpeedKmh * 1000 / 60 * (responseMinutes - TurnoutMinutes);

    internal void Check(List<string> errors, string path, double responseMinutes)
    {
        ModelChecks.NonNegative(errors, $"{path}.turnout_minutes", TurnoutMinutes);
        if (TurnoutMinutes >= responseMinutes)
        {
            errors.Add($"{path}.turnout_minutes must be below the {responseMinutes}-minute response time, was {TurnoutMinutes}");
        }

        if (Measure == StraightLine)
        {
            ModelChecks.Positive(errors, $"{path}.speed_kmh", SpeedKmh);
            ModelChecks.AtLeast(errors, $"{path}.detour_factor", DetourFactor, 1);
            ModelChecks.NonNegative(errors, $"{path}.points_per_km_beyond", PointsPerKmBeyond);
            Unused(errors, $"{path}.points_per_minute_beyond", PointsPerMinuteBeyond, Measure);
        }
        else if (Measure == RoutedTime)
        {
            ModelChecks.NonNegative(errors, $"{path}.points_per_minute_beyond", PointsPerMinuteBeyond);
            Unused(errors, $"{path}.speed_kmh", SpeedKmh, Measure);
            Unused(errors, $"{path}.detour_factor", DetourFactor, Measure);
            Unused(errors, $"{path}.points_per_km_beyond", PointsPerKmBeyond, Measure);
        }
        else
        {
            errors.Add($"{path}.measure must be {StraightLine} or {RoutedTime}, was {Measure}");
        }

        ModelChecks.NonNegative(errors, $"{path}.cap", Cap);
    }

    // A weight of the other measure would be silently ignored: refused, like a misspelt key.
    private static void Unused(List<string> errors, string path, double value, string measure)
    {
        if (value != 0)
        {
            errors.Add($"{path} does not apply to the {measure} measure, was {value}");
        }
    }
}
