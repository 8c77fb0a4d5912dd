namespace FireMap.Spatial.Geocoding.Gazetteers;

/// <summary>A building as loaded from the buildings layer.</summary>
public sealed record BuildingRecord
{
    /// <summary>Code, e.g. XQ001-03.</summary>
    public required string Code { get; init; }

    /// <summary>Name, e.g. 3栋 or 钢城中学教学楼.</summary>
    public required string Name { get; init; }

    /// <summary>Building number within its compound, e.g. 3; when null it is read from a name like 3栋.</summary>
    public string? BuildingNo { get; init; }

    /// <summary>The compound's code, or null for a building outside any compound.</summary>
    public string? CompoundCode { get; init; }

    /// <summary>The community's code, or null.</summary>
    public string? CommunityCode { get; init; }

    /// <summary>Full address, e.g. 跃进村路12号钢花小区3栋.</summary>
    public string? Address { get; init; }

    /// <summary>Longitude of a point inside its footprint (<c>ST_PointOnSurface</c>), EPSG:4326 degrees.</summary>
    public required double Lon { get; init; }

    /// <summary>Latitude of that point, EPSG:4326 degrees.</summary>
    public required double Lat { get; init; }
}
