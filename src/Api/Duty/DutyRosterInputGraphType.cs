using GraphQL.Types;

namespace FireMap.Api.Duty;

/// <summary>A duty roster to create or replace.</summary>
public sealed class DutyRosterInputGraphType : InputObjectGraphType
{
    public DutyRosterInputGraphType()
    {
        Name = "DutyRosterInput";
        Description = "A duty post: all members are written (a change replaces the roster).";
        Field<NonNullGraphType<DutyKindGraphType>>("kind").Description("Kind of post.");
        Field<NonNullGraphType<StringGraphType>>("title").Description("What and where, 1–200 characters.");
        Field<NonNullGraphType<StringGraphType>>("communityCode").Description("Community of the post.");
        Field<IdGraphType>("placeId").Description("Place watched.");
        Field<IdGraphType>("venueId").Description("Event venue watched.");
        Field<NonNullGraphType<DateOnlyGraphType>>("startsOn").Description("First day.");
        Field<NonNullGraphType<DateOnlyGraphType>>("endsOn").Description("Last day, not before startsOn.");
        Field<NonNullGraphType<IntGraphType>>("posts").Description("People posted each day, 1–1000.");
        Field<StringGraphType>("leader").Description("Leading unit or post, at most 100 characters.");
        Field<StringGraphType>("note").Description("Note, at most 1000 characters.");
    }
}
