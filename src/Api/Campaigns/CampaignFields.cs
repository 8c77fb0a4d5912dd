using FireMap.Api.Access;
using FireMap.Api.Errors;
using FireMap.Api.GraphQL;
using FireMap.Spatial.Campaigns;
using GraphQL;
using GraphQL.Types;

namespace FireMap.Api.Campaigns;

/// <summary><c>campaigns</c>, <c>campaign</c>, <c>currentCampaign</c>, <c>campaignDeadlines</c> and <c>saveCampaign</c>.</summary>
public sealed class CampaignFields : IRootFields
{
    public const int MaxWithinDays = 366;

    public void AddQueries(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<CampaignGraphType>>>>("campaigns")
            .Allow(AccessRule.Read)
            .Description("Every campaign, the latest first.")
            .ResolveAsync(async context => await Store(context).ListAsync(context.CancellationToken));

        query.Field<CampaignGraphType>("campaign")
            .Allow(AccessRule.Read)
            .Description("The campaign with a code; null when there is none.")
            .Argument<NonNullGraphType<StringGraphType>>("code", "Its code.")
            .ResolveAsync(async context => await Store(context).FindAsync(context.GetArgument<string>("code"), context.CancellationToken));

        query.Field<CampaignGraphType>("currentCampaign")
            .Allow(AccessRule.Read)
            .Description("The campaign running today (China time); else the next to start; else the last that ended; null when there is none.")
            .ResolveAsync(async context => await Store(context).CurrentAsync(CampaignGraphType.Today(context), context.CancellationToken));

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<CampaignDeadlineGraphType>>>>("campaignDeadlines")
            .Allow(AccessRule.Read)
            .Description("The deadlines of every campaign due from today (China time) to withinDays ahead, by date.")
            .Argument<IntGraphType>("withinDays", $"How far ahead, 0–{MaxWithinDays} days; default 14.")
            .ResolveAsync(async context =>
            {
                var within = context.GetArgument<int?>("withinDays") ?? 14;
                if (within is < 0 or > MaxWithinDays)
                {
                    throw Rejection.BadInput("withinDays", $"must be between 0 and {MaxWithinDays}");
                }

                var today = CampaignGraphType.Today(context);
                var campaigns = await Store(context).ListAsync(context.CancellationToken);
                return campaigns
                    .SelectMany(c => c.Calendar.AllDeadlines().Select(d => new CampaignDeadlineView(c, d, d.DueOn.DayNumber - today.DayNumber)))
                    .Where(d => d.DaysLeft >= 0 && d.DaysLeft <= within)
                    .OrderBy(d => d.Deadline.DueOn).ThenBy(d => d.Campaign.Code, StringComparer.Ordinal)
                    .ToList();
            });
    }

    public void AddMutations(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<CampaignGraphType>>("saveCampaign")
            .Allow(AccessRule.Campaign)
            .Description("Creates (expectedVersion 0) or replaces a campaign by its code. A stale expectedVersion is a CONFLICT; a calendar that does not hold together is BAD_USER_INPUT listing every problem.")
            .Argument<NonNullGraphType<CampaignInputGraphType>>("input", "The whole campaign.")
            .Argument<NonNullGraphType<IntGraphType>>("expectedVersion", "The version the client saw; 0 for a new campaign.")
            .ResolveAsync(async context =>
            {
                var campaign = Read(context.GetArgument<Dictionary<string, object?>>("input"));
                return await Store(context).SaveAsync(campaign, context.GetArgument<int>("expectedVersion"), CurrentUser.Of(context.User).UserName,
                    context.CancellationToken);
            });
    }

    private static CampaignStore Store(IResolveFieldContext context) => context.RequestServices!.GetRequiredService<CampaignStore>();

    private static SaveCampaign Read(Dictionary<string, object?> input)
    {
        var phases = List(input, "phases").Select(p => new CampaignPhase(p["name"] as string ?? "", (DateOnly)p["startsOn"]!, (DateOnly)p["endsOn"]!,
            p.GetValueOrDefault("due") as string ?? "")).ToList();
        var deadlines = List(input, "deadlines").Select(d => new CampaignDeadline((string)d["kind"]!, d["name"] as string ?? "", (DateOnly)d["dueOn"]!)).ToList();
        var calendar = new CampaignCalendar((DateOnly)input["startsOn"]!, (DateOnly)input["endsOn"]!,
            input.GetValueOrDefault("reportDay") as int? ?? CampaignCalendar.DefaultReportDay, phases, deadlines);
        return CampaignStore.Check(input["code"] as string, input["name"] as string, input.GetValueOrDefault("description") as string, calendar);
    }

    private static List<Dictionary<string, object?>> List(Dictionary<string, object?> input, string name) =>
        (input.GetValueOrDefault(name) as IEnumerable<object?> ?? []).Cast<Dictionary<string, object?>>().ToList();
}
