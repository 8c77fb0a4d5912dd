namespace FireMap.Spatial.Geocoding.Gazetteers;

/// <summary>A compound as loaded from the compounds layer.</summary>
public sealed record CompoundRecord
{
    /// <summary>Code, e.g. XQ001.</summary>
    public required string Code { get; init; }

    /// <summary>Name, e.g. 钢花小区.</summary>
    public required string Name { get; init; }

    /// <summary>Other names people use, e.g. 钢花, 钢花苑.</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>Road and number, e.g. 跃进村路12号; may carry administrative levels before it.</summary>
    public string? Address { get; init; }

    /// <summary>The community's code, or null.</summary>
    public string? CommunityCode { get; init; }

    /// <summary>Longitude of a point inside it (PostGIS <c>ST_PointOnSurface</c>), EPSG:4326 degrees.</summary>
    public required double Lon { get; init; }

    /// <summary>Latitude of that point, EPSG:4326 degrees.</summary>
    public required double Lat { get; init; }
}
