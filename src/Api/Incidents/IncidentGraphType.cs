using FireMap.Api.Access;
using FireMap.Api.GraphQL.Types;
using GraphQL.Types;

namespace FireMap.Api.Incidents;

/// <summary>A recorded fire.</summary>
public sealed class IncidentGraphType : ObjectGraphType<IncidentRecord>
{
    public IncidentGraphType()
    {
        this.Allow(AccessRule.Read);
        Name = "Incident";
        Description = "A recorded fire (火灾), imported or entered.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("Stable id.").Resolve(c => c.Source.Id);
        Field(i => i.Code).Description("Code, e.g. HZ20251203-41.");
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("occurredAt").Description("When the fire broke out.").Resolve(c => c.Source.OccurredAt);
        Field<NonNullGraphType<IncidentCauseGraphType>>("cause").Description("Cause.").Resolve(c => c.Source.Cause);
        Field<IdGraphType>("buildingId").Description("Building it happened in.").Resolve(c => c.Source.BuildingId);
        Field<IdGraphType>("placeId").Description("Place it happened in.").Resolve(c => c.Source.PlaceId);
        Field(i => i.Casualties).Description("People killed or injured.");
        Field<DecimalGraphType>("lossCny").Description("Direct loss, yuan.").Resolve(c => c.Source.LossCny);
        Field(i => i.Description, nullable: true).Description("What happened.");
        Field(i => i.CommunityCode, nullable: true).Description("Community the point lies in.");
        Field(i => i.Version).Description("Row version, for optimistic concurrency (editIncident expectedVersion).");
        Field<NonNullGraphType<GeoJsonGraphType>>("geometry").Description("Location, a GeoJSON Point.").Resolve(c => c.Source.Geometry);
    }
}
