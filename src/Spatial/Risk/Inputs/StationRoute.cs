namespace FireMap.Spatial.Risk.Inputs;

/// <summary>The fastest way by road from a station of one kind to a building, as the routable network gave it.</summary>
/// <param name="StationName">The station's name, for the explanation ("5.8 min by road from 大堰微型消防站").</param>
/// <param name="Seconds">Routed time from the station's door to the building, in seconds, ≥ 0 (turnout not included).</param>
public sealed record StationRoute(string StationName, double Seconds)
{
    /// <summary>The routed time in minutes.</summary>
    public double Minutes => Seconds / 60;
}
