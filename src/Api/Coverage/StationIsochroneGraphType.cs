using FireMap.Api.Access;
using FireMap.Api.GraphQL.Types;
using FireMap.Api.Stations;
using GraphQL.Types;

namespace FireMap.Api.Coverage;

/// <summary>The area a station reaches by road within some minutes.</summary>
public sealed class StationIsochroneGraphType : ObjectGraphType<StationIsochrone>
{
    public StationIsochroneGraphType()
    {
        this.Allow(AccessRule.Read);
        Name = "StationIsochrone";
        Description = "The area a station reaches by road within some minutes: its reachable edges buffered by the configured tolerance.";
        Field<NonNullGraphType<IdGraphType>>("stationId").Description("Id of the station.").Resolve(c => c.Source.StationId);
        Field(t => t.StationCode).Description("Code of the station.");
        Field(t => t.StationName).Description("Name of the station.");
        Field<NonNullGraphType<StationKindGraphType>>("kind").Description("Kind of the station.").Resolve(c => c.Source.Kind);
        Field<VehicleKindGraphType>("vehicle").Description("The vehicle it travels with; null when its kind has none.").Resolve(c => c.Source.Vehicle);
        Field(t => t.Minutes).Description("The minutes.");
        Field(t => t.Nodes).Description("Network nodes reached within the minutes.");
        Field(t => t.AreaSquareMeters).Description("Area of the polygon in square metres.");
        Field<GeoJsonGraphType>("geometry").Description("The polygon (GeoJSON, WGS84); null when nothing is reached.").Resolve(c => c.Source.Geometry);
    }
}
