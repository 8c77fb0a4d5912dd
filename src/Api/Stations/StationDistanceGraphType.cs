using FireMap.Api.Access;
using GraphQL.Types;

namespace FireMap.Api.Stations;

/// <summary>A station and how far it is from the point asked about.</summary>
public sealed class StationDistanceGraphType : ObjectGraphType<(StationRecord Station, double DistanceMeters)>
{
    public StationDistanceGraphType()
    {
        this.Allow(AccessRule.Read);
        Name = "StationDistance";
        Description = "A station with its geodesic distance from the point asked about.";
        Field<NonNullGraphType<StationGraphType>>("station").Description("The station.").Resolve(c => c.Source.Station);
        Field<NonNullGraphType<FloatGraphType>>("distanceMeters").Description("Geodesic distance in metres on the WGS84 spheroid.").Resolve(c => c.Source.DistanceMeters);
    }
}
