using FireMap.Spatial.Risk.Inputs;

namespace FireMap.Spatial.Risk.Model;

/// <summary>
/// Fixed rules from the national codes and the "1-3-5" linkage. They are law, not tuning, so they
/// live here and not in the model's JSON; the JSON only holds how heavily a breach weighs.
/// </summary>
public static class FireCode
{
    /// <summary>GB 50016: a residential building higher than this is high-rise, in metres.</summary>
    public const double ResidentialHighRiseMeters = 27;

    /// <summary>GB 50016: any other building (mixed use included) higher than this is high-rise, in metres.</summary>
    public const double OtherHighRiseMeters = 24;

    /// <summary>GB 50016: least clear width of a fire lane, in metres.</summary>
    public const double FireLaneMinWidthMeters = 4;

    /// <summary>GB 50016: least clear height of a fire lane, in metres.</summary>
    public const double FireLaneMinHeightMeters = 4;

    /// <summary>"1-3-5" linkage: a micro fire station is on scene within this many minutes.</summary>
    public const double MicroStationResponseMinutes = 3;

    /// <summary>"1-3-5" linkage: a fire station crew reaches the edge of its district within this many minutes.</summary>
    public const double FireStationResponseMinutes = 5;

    /// <summary>The height above which a building of this use is high-rise (GB 50016), in metres.</summary>
    /// <param name="use">The building's use class; only purely residential buildings get the 27 m rule.</param>
    public static double HighRiseThresholdMeters(BuildingUse use) =>
        use == BuildingUse.Residential ? ResidentialHighRiseMeters : OtherHighRiseMeters;

    /// <summary>Whether a building is high-rise under GB 50016.</summary>
    /// <param name="use">The building's use class.</param>
    /// <param name="heightMeters">Building height in metres.</param>
    public static bool IsHighRise(BuildingUse use, double heightMeters) => heightMeters > HighRiseThresholdMeters(use);
}
