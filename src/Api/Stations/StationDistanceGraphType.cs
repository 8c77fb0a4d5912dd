using FireMap.Api.Access;
using FireMap.Api.GraphQL.Types;
using GraphQL.Types;

namespace FireMap.Api.Stations;

/// <summary>A station and how far it is from the point asked about.</summary>
public sealed class StationDistanceGraphType : ObjectGraphType<StationDistance>
{
    public StationDistanceGraphType()
    {
        this.Allow(AccessRule.Read);
        Name = "StationDistance";
        Description = "A station with its geodesic distance from the point asked about and, ranked by road, its drive time and route.";
        Field<NonNullGraphType<StationGraphType>>("station").Description("The station.").Resolve(c => c.Source.Station);
        Field<NonNullGraphType<FloatGraphType>>("distanceMeters").Description("Geodesic distance in metres on the WGS84 spheroid.").Resolve(c => c.Source.DistanceMeters);
        Field<FloatGraphType>("driveSeconds").Description("Routed drive time in seconds (ranked by DRIVE_TIME; null when the station cannot reach the point).").Resolve(c => c.Source.DriveSeconds);
        Field<FloatGraphType>("driveMinutes").Description("Routed drive time in minutes, one decimal.").Resolve(c => c.Source.DriveSeconds is double s ? Math.Round(s / 60, 1) : null);
        Field<GeoJsonGraphType>("route").Description("The route's edges as a GeoJSON MultiLineString (ranked by DRIVE_TIME).").Resolve(c => c.Source.Route);
    }
}
