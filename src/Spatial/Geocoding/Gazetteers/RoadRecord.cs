namespace FireMap.Spatial.Geocoding.Gazetteers;

/// <summary>
/// A named road with a representative point, e.g. from the roads layer grouped by name
/// (<c>ST_PointOnSurface</c> of the merged lines, or the middle of the longest edge). Roads that only
/// occur in addresses need no record: the gazetteer takes them from the addresses.
/// </summary>
public sealed record RoadRecord
{
    /// <summary>Name, e.g. 跃进村路.</summary>
    public required string Name { get; init; }

    /// <summary>Longitude of its representative point, EPSG:4326 degrees.</summary>
    public required double Lon { get; init; }

    /// <summary>Latitude of its representative point, EPSG:4326 degrees.</summary>
    public required double Lat { get; init; }
}
