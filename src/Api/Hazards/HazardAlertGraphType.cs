using FireMap.Api.Access;
using GraphQL.Types;

namespace FireMap.Api.Hazards;

/// <summary>A hazard that needs attention in the signed-in user's scope.</summary>
public sealed class HazardAlertGraphType : ObjectGraphType<HazardAlert>
{
    public HazardAlertGraphType()
    {
        this.Allow(AccessRule.Read);
        Name = "HazardAlert";
        Description = "Something that needs attention: a hazard overdue, due within days, or supervised and past its deadline; or an overdue door-knock visit.";
        Field<NonNullGraphType<HazardAlertKindGraphType>>("kind").Description("Why it is listed.").Resolve(c => c.Source.Kind);
        Field<HazardGraphType>("hazard").Description("The hazard; null for an alert about something else (an overdue visit).").Resolve(c => c.Source.Hazard);
        Field(a => a.Days).Description("Calendar days past the deadline or due date (overdue kinds) or left until it (due soon; 0 = due today).");
    }
}
