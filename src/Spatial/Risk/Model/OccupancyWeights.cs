using FireMap.Spatial.Risk.Inputs;

namespace FireMap.Spatial.Risk.Model;

/// <summary>
/// Likelihood points of the occupancy hazard class (JSON <c>likelihood.occupancy_hazard</c>), after
/// FireCARES' hazard class by occupancy: the building's use class plus each special place inside it.
/// </summary>
public sealed record OccupancyWeights
{
    /// <summary>Points by use class code (<c>residential</c>, <c>warehouse</c>, ...); a missing code gives 0.</summary>
    public required IReadOnlyDictionary<string, double> UseClassPoints { get; init; }

    /// <summary>
    /// Points per place by category code (<c>energy_storage</c>, <c>restaurant</c>, ...); a missing code gives 0.
    /// <c>ebike_charging</c>, <c>group_rental</c> and <c>three_in_one</c> have factors of their own and are refused here.
    /// </summary>
    public required IReadOnlyDictionary<string, double> PlaceCategoryPoints { get; init; }

    /// <summary>Most points the factor gives, in likelihood points.</summary>
    public required double Cap { get; init; }

    internal void Check(List<string> errors, string path)
    {
        ModelChecks.CodeMap<BuildingUse>(errors, $"{path}.use_class_points", UseClassPoints);
        ModelChecks.CodeMap(errors, $"{path}.place_category_points", PlaceCategoryPoints,
            PlaceCategory.EbikeCharging, PlaceCategory.GroupRental, PlaceCategory.ThreeInOne);
        ModelChecks.NonNegative(errors, $"{path}.cap", Cap);
    }
}
