using FireMap.Api.Access;
using FireMap.Api.GraphQL.Types;
using FireMap.Api.Risk.Schema;
using GraphQL.Types;

namespace FireMap.Api.Duty;

/// <summary>A venue of a major event.</summary>
public sealed class EventVenueGraphType : ObjectGraphType<EventVenueRecord>
{
    public EventVenueGraphType()
    {
        this.Allow(AccessRule.Read);
        Name = "EventVenue";
        Description = "A venue of a major event (重大活动) with its inspection before the event and risk assessment.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("Stable id.").Resolve(c => c.Source.Id);
        Field(v => v.EventName).Description("The event.");
        Field(v => v.VenueName).Description("The venue.");
        Field(v => v.CommunityCode).Description("Community of the venue.");
        Field<IdGraphType>("placeId").Description("The place, when the venue is one.").Resolve(c => c.Source.PlaceId);
        Field<NonNullGraphType<DateOnlyGraphType>>("startsOn").Description("First day of the event.").Resolve(c => c.Source.StartsOn);
        Field<NonNullGraphType<DateOnlyGraphType>>("endsOn").Description("Last day of the event.").Resolve(c => c.Source.EndsOn);
        Field<DateOnlyGraphType>("inspectedOn").Description("When the venue was inspected.").Resolve(c => c.Source.InspectedOn);
        Field<RiskLevelGraphType>("riskLevel").Description("Assessed risk level.").Resolve(c => c.Source.RiskLevel);
        Field(v => v.Assessment, nullable: true).Description("The risk assessment.");
        Field(v => v.Version).Description("Row version, for optimistic concurrency (expectedVersion).");
        Field<NonNullGraphType<GeoJsonGraphType>>("geometry").Description("Location, a GeoJSON Point.").Resolve(c => c.Source.Geometry);
    }
}
