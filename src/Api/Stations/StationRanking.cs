using GraphQL.Types;

namespace FireMap.Api.Stations;

/// <summary>How <c>nearestStations</c> ranks: straight-line distance or routed drive time.</summary>
public sealed class StationRanking : EnumerationGraphType
{
    public const string Distance = "DISTANCE";

    public const string DriveTime = "DRIVE_TIME";

    public StationRanking()
    {
        Name = "StationRanking";
        Description = "How nearest stations are ranked.";
        Add(Distance, Distance, "Geodesic (straight-line) distance.");
        Add(DriveTime, DriveTime, "Routed drive time over the road and fire-lane network, with the station's vehicle.");
    }
}
