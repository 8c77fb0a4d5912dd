namespace FireMap.Spatial.Risk.Model;

/// <summary>
/// Likelihood points of group rentals and three-in-one premises (JSON <c>likelihood.group_rental_three_in_one</c>).
/// Open hazards of categories <c>group_rental</c> and <c>three_in_one</c> add their severity points here.
/// </summary>
public sealed record GroupRentalWeights
{
    /// <summary>Points per group rental place, in likelihood points.</summary>
    public required double GroupRentalPlacePoints { get; init; }

    /// <summary>Points per three-in-one place (living, storage and trade under one roof), in likelihood points.</summary>
    public required double ThreeInOnePlacePoints { get; init; }

    /// <summary>Most points the factor gives, in likelihood points.</summary>
    public required double Cap { get; init; }

    internal void Check(List<string> errors, string path)
    {
        ModelChecks.NonNegative(errors, $"{path}.group_rental_place_points", GroupRentalPlacePoints);
        ModelChecks.NonNegative(errors, $"{path}.three_in_one_place_points", ThreeInOnePlacePoints);
        ModelChecks.NonNegative(errors, $"{path}.cap", Cap);
    }
}
