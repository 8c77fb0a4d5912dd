namespace FireMap.Spatial.Geocoding.Gazetteers;

/// <summary>A community (社区) as loaded from the communities layer.</summary>
public sealed record CommunityRecord
{
    /// <summary>Division code, e.g. 500104002001.</summary>
    public required string Code { get; init; }

    /// <summary>Name, e.g. 跃进村社区.</summary>
    public required string Name { get; init; }

    /// <summary>Longitude of a point inside it (PostGIS <c>ST_PointOnSurface</c>), EPSG:4326 degrees.</summary>
    public required double Lon { get; init; }

    /// <summary>Latitude of that point, EPSG:4326 degrees.</summary>
    public required double Lat { get; init; }
}
