namespace FireMap.Spatial.Geocoding.Gazetteers;

/// <summary>A place as loaded from the places layer.</summary>
public sealed record PlaceRecord
{
    /// <summary>Code, e.g. CS001.</summary>
    public required string Code { get; init; }

    /// <summary>Name, e.g. 钢城中学.</summary>
    public required string Name { get; init; }

    /// <summary>Address, e.g. 钢城大道55号钢城中学教学楼.</summary>
    public string? Address { get; init; }

    /// <summary>The community's code, or null.</summary>
    public string? CommunityCode { get; init; }

    /// <summary>The compound's code, or null.</summary>
    public string? CompoundCode { get; init; }

    /// <summary>The building's code, or null.</summary>
    public string? BuildingCode { get; init; }

    /// <summary>Longitude, EPSG:4326 degrees.</summary>
    public required double Lon { get; init; }

    /// <summary>Latitude, EPSG:4326 degrees.</summary>
    public required double Lat { get; init; }
}
