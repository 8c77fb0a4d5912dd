namespace FireMap.Spatial.Risk.Model;

/// <summary>
/// The likelihood side (JSON <c>likelihood</c>). Likelihood = 1 − exp(−points / <see cref="ScalePoints"/>),
/// where points = <see cref="BaselinePoints"/> + each factor's capped points, all times the holiday factor.
/// </summary>
public sealed record LikelihoodWeights
{
    /// <summary>Points every building has, in likelihood points; gives the reference building its likelihood.</summary>
    public required double BaselinePoints { get; init; }

    /// <summary>Normalisation: the points at which likelihood reaches 1 − 1/e ≈ 0.63, &gt; 0.</summary>
    public required double ScalePoints { get; init; }

    /// <summary>Open hazards by severity.</summary>
    public required OpenHazardWeights OpenHazards { get; init; }

    /// <summary>Extra weight of overdue open hazards.</summary>
    public required OverdueHazardWeights OverdueHazards { get; init; }

    /// <summary>Open hazards under listed supervision (挂牌督办), per hazard.</summary>
    public required PerItemWeights SupervisedHazards { get; init; }

    /// <summary>Fire alarm system.</summary>
    public required FireSystemWeights AlarmSystem { get; init; }

    /// <summary>Smoke control system.</summary>
    public required FireSystemWeights SmokeControlSystem { get; init; }

    /// <summary>Sprinkler system.</summary>
    public required FireSystemWeights SprinklerSystem { get; init; }

    /// <summary>Indoor hydrant system.</summary>
    public required FireSystemWeights HydrantSystem { get; init; }

    /// <summary>Building age.</summary>
    public required BuildingAgeWeights BuildingAge { get; init; }

    /// <summary>Points when the compound has no property management, in likelihood points.</summary>
    public required double NoPropertyManagementPoints { get; init; }

    /// <summary>Points when the compound is an old residential compound, in likelihood points.</summary>
    public required double OldCompoundPoints { get; init; }

    /// <summary>E-bike charging places and e-bike or electrical hazards.</summary>
    public required EbikeElectricalWeights EbikeElectrical { get; init; }

    /// <summary>Mixed or changed use.</summary>
    public required MixedUseWeights MixedOrChangedUse { get; init; }

    /// <summary>Group rentals and three-in-one premises.</summary>
    public required GroupRentalWeights GroupRentalThreeInOne { get; init; }

    /// <summary>Occupancy hazard class.</summary>
    public required OccupancyWeights OccupancyHazard { get; init; }

    /// <summary>Historic fires nearby.</summary>
    public required IncidentWeights NearbyIncidents { get; init; }

    internal void Check(List<string> errors, string path)
    {
        ModelChecks.NonNegative(errors, $"{path}.baseline_points", BaselinePoints);
        ModelChecks.Positive(errors, $"{path}.scale_points", ScalePoints);
        ModelChecks.NonNegative(errors, $"{path}.no_property_management_points", NoPropertyManagementPoints);
        ModelChecks.NonNegative(errors, $"{path}.old_compound_points", OldCompoundPoints);
        ModelChecks.Part(errors, $"{path}.open_hazards", OpenHazards, (w, e, p) => w.Check(e, p));
        ModelChecks.Part(errors, $"{path}.overdue_hazards", OverdueHazards, (w, e, p) => w.Check(e, p));
        ModelChecks.Part(errors, $"{path}.supervised_hazards", SupervisedHazards, (w, e, p) => w.Check(e, p));
        ModelChecks.Part(errors, $"{path}.alarm_system", AlarmSystem, (w, e, p) => w.Check(e, p));
        ModelChecks.Part(errors, $"{path}.smoke_control_system", SmokeControlSystem, (w, e, p) => w.Check(e, p));
        ModelChecks.Part(errors, $"{path}.sprinkler_system", SprinklerSystem, (w, e, p) => w.Check(e, p));
        ModelChecks.Part(errors, $"{path}.hydrant_system", HydrantSystem, (w, e, p) => w.Check(e, p));
        ModelChecks.Part(errors, $"{path}.building_age", BuildingAge, (w, e, p) => w.Check(e, p));
        ModelChecks.Part(errors, $"{path}.ebike_electrical", EbikeElectrical, (w, e, p) => w.Check(e, p));
        ModelChecks.Part(errors, $"{path}.mixed_or_changed_use", MixedOrChangedUse, (w, e, p) => w.Check(e, p));
        ModelChecks.Part(errors, $"{path}.group_rental_three_in_one", GroupRentalThreeInOne, (w, e, p) => w.Check(e, p));
        ModelChecks.Part(errors, $"{path}.occupancy_hazard", OccupancyHazard, (w, e, p) => w.Check(e, p));
        ModelChecks.Part(errors, $"{path}.nearby_incidents", NearbyIncidents, (w, e, p) => w.Check(e, p));
    }
}
