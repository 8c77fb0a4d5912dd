using FireMap.Api.Access;
using GraphQL.Types;

namespace FireMap.Api.Hazards;

/// <summary>One step in a hazard's history.</summary>
public sealed class HazardTransitionGraphType : ObjectGraphType<HazardTransitionRecord>
{
    public HazardTransitionGraphType()
    {
        this.Allow(AccessRule.Read);
        Name = "HazardTransition";
        Description = "One step of a hazard's workflow: what was done, from which status to which, by whom, when, and why.";
        Field<NonNullGraphType<HazardActionGraphType>>("action").Description("What was done.").Resolve(c => c.Source.Action);
        Field<HazardStatusGraphType>("from").Description("Status before; null for the report.").Resolve(c => c.Source.FromStatus);
        Field<NonNullGraphType<HazardStatusGraphType>>("to").Description("Status after.").Resolve(c => c.Source.ToStatus);
        Field<NonNullGraphType<StringGraphType>>("actor").Description("User name of who did it.").Resolve(c => c.Source.Actor);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("at").Description("When.").Resolve(c => c.Source.At);
        Field(t => t.Note, nullable: true).Description("Note: the review's finding, the reason of an extension, the supervising unit.");
    }
}
