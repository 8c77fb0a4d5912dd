using FireMap.Api.Access;
using GraphQL.Types;

namespace FireMap.Api.Duty;

/// <summary>A duty post for a holiday or major event.</summary>
public sealed class DutyRosterGraphType : ObjectGraphType<DutyRosterRecord>
{
    public DutyRosterGraphType()
    {
        this.Allow(AccessRule.Read);
        Name = "DutyRoster";
        Description = "A duty post (值守) for a holiday or major event: night patrol, on-site watch or stationing.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("Stable id.").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<DutyKindGraphType>>("kind").Description("Kind of post.").Resolve(c => c.Source.Kind);
        Field(r => r.Title).Description("What and where, e.g. 春节夜间巡查·老街片区.");
        Field(r => r.CommunityCode).Description("Community of the post.");
        Field<IdGraphType>("placeId").Description("Place watched.").Resolve(c => c.Source.PlaceId);
        Field<IdGraphType>("venueId").Description("Event venue watched.").Resolve(c => c.Source.VenueId);
        Field<NonNullGraphType<DateOnlyGraphType>>("startsOn").Description("First day.").Resolve(c => c.Source.StartsOn);
        Field<NonNullGraphType<DateOnlyGraphType>>("endsOn").Description("Last day.").Resolve(c => c.Source.EndsOn);
        Field(r => r.Posts).Description("People posted each day.");
        Field(r => r.Leader, nullable: true).Description("Unit or post leading it (a role, not a person's contact).");
        Field(r => r.Note, nullable: true).Description("Note.");
        Field(r => r.Version).Description("Row version, for optimistic concurrency (expectedVersion).");
    }
}
