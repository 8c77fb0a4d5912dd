using FireMap.Api.Access;
using GraphQL.Types;

namespace FireMap.Api.Coverage;

/// <summary>A building's effective response force.</summary>
public sealed class ResponseForceGraphType : ObjectGraphType<ResponseForceAnswer>
{
    public ResponseForceGraphType()
    {
        this.Allow(AccessRule.Read);
        Name = "ResponseForce";
        Description = "The staff of every station reaching a building within the response-force time (8 minutes by default), against the staff its hazard class requires (FireCARES 15 / 27 / 42).";
        Field<NonNullGraphType<IdGraphType>>("buildingId").Description("Id of the building.").Resolve(c => c.Source.BuildingId);
        Field(t => t.BuildingCode).Description("Code of the building.");
        Field<NonNullGraphType<ResponseHazardClassGraphType>>("hazardClass").Description("Its hazard class.").Resolve(c => c.Source.HazardClass);
        Field(t => t.RequiredStaff).Description("Staff its hazard class requires.");
        Field(t => t.Staff).Description("Staff of the stations reaching it in time.");
        Field(t => t.Shortfall).Description("Staff missing (0 when met).");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ResponderTimeGraphType>>>>("stations").Description("The stations counted, fastest first.").Resolve(c => c.Source.Stations);
    }
}
