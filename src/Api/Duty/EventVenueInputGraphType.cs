using FireMap.Api.GraphQL.Types;
using FireMap.Api.Risk.Schema;
using GraphQL.Types;

namespace FireMap.Api.Duty;

/// <summary>An event venue to create or replace.</summary>
public sealed class EventVenueInputGraphType : InputObjectGraphType
{
    public EventVenueInputGraphType()
    {
        Name = "EventVenueInput";
        Description = "A venue of a major event: all members are written.";
        Field<NonNullGraphType<StringGraphType>>("eventName").Description("The event, 1–200 characters.");
        Field<NonNullGraphType<StringGraphType>>("venueName").Description("The venue, 1–200 characters.");
        Field<NonNullGraphType<StringGraphType>>("communityCode").Description("Community of the venue.");
        Field<IdGraphType>("placeId").Description("The place, when the venue is one.");
        Field<NonNullGraphType<DateOnlyGraphType>>("startsOn").Description("First day of the event.");
        Field<NonNullGraphType<DateOnlyGraphType>>("endsOn").Description("Last day of the event.");
        Field<DateOnlyGraphType>("inspectedOn").Description("When the venue was inspected.");
        Field<RiskLevelGraphType>("riskLevel").Description("Assessed risk level.");
        Field<StringGraphType>("assessment").Description("The assessment, at most 2000 characters.");
        Field<NonNullGraphType<PointInputGraphType>>("point").Description("Location, WGS84.");
    }
}
