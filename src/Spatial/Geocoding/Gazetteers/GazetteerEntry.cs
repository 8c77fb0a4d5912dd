namespace FireMap.Spatial.Geocoding.Gazetteers;

/// <summary>One thing the geocoder can return: a building, place, compound, road number, road or community.</summary>
public sealed record GazetteerEntry
{
    /// <summary>What kind of thing this is; a candidate that matched it has this level.</summary>
    public required MatchLevel Level { get; init; }

    /// <summary>
    /// Its stable key: the record's code for buildings, places, compounds and communities (XQ001-03, CS001,
    /// XQ001, 500104002001); the normalised name for roads (跃进村路) and road numbers (跃进村路12号).
    /// </summary>
    public required string Code { get; init; }

    /// <summary>Its name as given (3栋, 钢花小区, 跃进村路12号).</summary>
    public required string Name { get; init; }

    /// <summary>Its full address for display (跃进村路12号钢花小区3栋), or null.</summary>
    public string? Address { get; init; }

    /// <summary>The road of its address, normalised, or null.</summary>
    public string? Road { get; init; }

    /// <summary>The house number of its address without 号, or null.</summary>
    public string? HouseNumber { get; init; }

    /// <summary>A building's number without 栋 (3, A), or null.</summary>
    public string? BuildingNo { get; init; }

    /// <summary>The compound it lies in (buildings, places), or null.</summary>
    public string? CompoundCode { get; init; }

    /// <summary>The building it lies in (places), or null.</summary>
    public string? BuildingCode { get; init; }

    /// <summary>The community it belongs to, or null.</summary>
    public string? CommunityCode { get; init; }

    /// <summary>Other names (compounds), as given.</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>Longitude of its representative point, EPSG:4326 degrees.</summary>
    public required double Lon { get; init; }

    /// <summary>Latitude of its representative point, EPSG:4326 degrees.</summary>
    public required double Lat { get; init; }

    /// <summary>Position in the gazetteer's entry list.</summary>
    internal int Id { get; init; }
}
