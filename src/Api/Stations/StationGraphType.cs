using FireMap.Api.Access;
using FireMap.Api.GraphQL.Types;
using FireMap.Api.Proximity;
using FireMap.Spatial.Geometry;
using GraphQL.Types;

namespace FireMap.Api.Stations;

/// <summary>A fire station, micro fire station or volunteer team, with radius searches around it.</summary>
public sealed class StationGraphType : ObjectGraphType<StationRecord>
{
    public StationGraphType()
    {
        this.Allow(AccessRule.Read);
        Name = "Station";
        Description = "A fire-fighting force at a point. Its radius searches measure from the station.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("Stable id.").Resolve(c => c.Source.Id);
        Field(s => s.Code).Description("Natural key from the source data.");
        Field(s => s.Name).Description("Name.");
        Field<NonNullGraphType<StationKindGraphType>>("kind").Description("Kind of force.").Resolve(c => c.Source.Kind);
        Field(s => s.Address).Description("Address.");
        Field(s => s.CommunityCode, nullable: true).Description("Division code of the community it serves.");
        Field(s => s.Staff).Description("Staff on duty.");
        Field(s => s.Vehicles).Description("Vehicles.");
        Field<NonNullGraphType<GeoJsonGraphType>>("geometry").Description("Location as a GeoJSON Point.").Resolve(c => c.Source.Geometry);
        ProximityFields.AddTo(this, context =>
        {
            var station = (StationRecord)context.Source!;
            return GeoPoint.TryCreate(station.Lon, station.Lat, out _)!;
        }, centerArgument: false);
    }
}
