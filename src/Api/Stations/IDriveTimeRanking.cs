using FireMap.Spatial.Geometry;

namespace FireMap.Api.Stations;

/// <summary>
/// Ranks stations by routed drive time to a point. The coverage feature provides it over the road
/// network; without it, <c>nearestStations(by: DRIVE_TIME)</c> is unavailable.
/// </summary>
public interface IDriveTimeRanking
{
    /// <summary>Up to <paramref name="limit"/> stations by drive time to <paramref name="point"/>, fastest first; stations that cannot reach it last.</summary>
    Task<IReadOnlyList<StationDistance>> RankAsync(GeoPoint point, IReadOnlyList<string>? kinds, int limit, CancellationToken cancellationToken);
}
