namespace FireMap.Spatial.Risk.Model;

/// <summary>
/// Likelihood points of e-bike charging and electrical hazards (JSON <c>likelihood.ebike_electrical</c>).
/// Open hazards of categories <c>ebike_indoor_charging</c> and <c>electrical_wiring</c> add their severity
/// points (from <c>open_hazards</c>) here instead of there.
/// </summary>
public sealed record EbikeElectricalWeights
{
    /// <summary>Points per e-bike parking and charging place (<c>ebike_charging</c>), in likelihood points.</summary>
    public required double ChargingPlacePoints { get; init; }

    /// <summary>Most points the factor gives, in likelihood points.</summary>
    public required double Cap { get; init; }

    internal void Check(List<string> errors, string path)
    {
        ModelChecks.NonNegative(errors, $"{path}.charging_place_points", ChargingPlacePoints);
        ModelChecks.NonNegative(errors, $"{path}.cap", Cap);
    }
}
