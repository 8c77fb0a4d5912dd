using FireMap.Spatial.Vocabulary;

namespace FireMap.Spatial.Risk.Scoring;

/// <summary>
/// The factors a score is attributed to, in a fixed order: every score lists one contribution per
/// factor in this order. Stable snake_case keys for storage and exports come from <see cref="RiskFactors.Key"/>.
/// Labels: <see cref="Codes.RiskFactor"/>.
/// </summary>
public enum RiskFactor
{
    /// <summary>The model's reference building (baseline likelihood × baseline consequence).</summary>
    Baseline,

    /// <summary>Likelihood: open hazards by severity, except the categories with a factor of their own.</summary>
    OpenHazards,

    /// <summary>Likelihood: the extra weight of open hazards past their deadline.</summary>
    OverdueHazards,

    /// <summary>Likelihood: open hazards under listed supervision.</summary>
    SupervisedHazards,

    /// <summary>Likelihood: fire alarm system fault or absence.</summary>
    AlarmSystem,

    /// <summary>Likelihood: smoke control system fault or absence.</summary>
    SmokeControlSystem,

    /// <summary>Likelihood: sprinkler system fault or absence.</summary>
    SprinklerSystem,

    /// <summary>Likelihood: indoor hydrant system fault or absence.</summary>
    HydrantSystem,

    /// <summary>Likelihood: building age.</summary>
    BuildingAge,

    /// <summary>Likelihood: the compound has no property management.</summary>
    NoPropertyManagement,

    /// <summary>Likelihood: old residential compound.</summary>
    OldCompound,

    /// <summary>Likelihood: e-bike charging places and e-bike or electrical-wiring hazards.</summary>
    EbikeElectrical,

    /// <summary>Likelihood: mixed use or changed use.</summary>
    MixedOrChangedUse,

    /// <summary>Likelihood: group rentals and three-in-one premises.</summary>
    GroupRentalThreeInOne,

    /// <summary>Likelihood: occupancy hazard class of the building's use and its special places (FireCARES).</summary>
    OccupancyHazard,

    /// <summary>Likelihood: historic fires nearby, weighted by recency.</summary>
    NearbyIncidents,

    /// <summary>Likelihood: a holiday or major-event period raises all likelihood points by a factor.</summary>
    HolidayPeriod,

    /// <summary>Consequence: people in the building.</summary>
    Occupants,

    /// <summary>Consequence: high-rise and height above the GB 50016 threshold.</summary>
    Height,

    /// <summary>Consequence: vulnerable residents.</summary>
    VulnerableResidents,

    /// <summary>Consequence: capacity of gathering places in the building.</summary>
    GatheringCapacity,

    /// <summary>Consequence: the compound's fire lanes below 4 m and their active blockages.</summary>
    FireLaneAccess,

    /// <summary>Consequence: nearest fire station beyond its 5-minute reach.</summary>
    FireStationDistance,

    /// <summary>Consequence: nearest micro fire station beyond its 3-minute reach.</summary>
    MicroStationDistance,
}
