namespace FireMap.Spatial.Geocoding;

/// <summary>What a geocoding candidate matched, from the most precise to the least.</summary>
public enum MatchLevel
{
    /// <summary>A building (楼栋): by its compound and building number, or by its own name.</summary>
    Building = 0,

    /// <summary>A place (school, market, restaurant, warehouse …) by its name.</summary>
    Place = 1,

    /// <summary>A compound by its name or an alias; also when the building number is unknown.</summary>
    Compound = 2,

    /// <summary>A road and house number (跃进村路12号).</summary>
    RoadNumber = 3,

    /// <summary>A road (跃进村路) whose number is missing or unknown.</summary>
    Road = 4,

    /// <summary>A community (社区).</summary>
    Community = 5,
}
