using FireMap.Api.Access;
using FireMap.Api.Stations;
using GraphQL.Types;

namespace FireMap.Api.Coverage;

/// <summary>A station counted in a building's response force.</summary>
public sealed class ResponderTimeGraphType : ObjectGraphType<ResponderTime>
{
    public ResponderTimeGraphType()
    {
        this.Allow(AccessRule.Read);
        Name = "ResponderTime";
        Description = "A station that reaches a building within the response-force time.";
        Field<NonNullGraphType<IdGraphType>>("stationId").Description("Id of the station.").Resolve(c => c.Source.StationId);
        Field(t => t.Name).Description("Name of the station.");
        Field<NonNullGraphType<StationKindGraphType>>("kind").Description("Kind of the station.").Resolve(c => c.Source.Kind);
        Field(t => t.Staff).Description("Its staff.");
        Field(t => t.Seconds).Description("Routed time to the building in seconds.");
    }
}
