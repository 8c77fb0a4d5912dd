using FireMap.Api.Access;
using FireMap.Api.GraphQL;
using FireMap.Api.GraphQL.Paging;
using GraphQL;
using GraphQL.Types;

namespace FireMap.Api.Hazards;

/// <summary>
/// The hazard queries: one hazard, the filtered list with its summary, and the alerts of the
/// signed-in user's scope. Community and grid users see their community only (in SQL).
/// </summary>
public sealed class HazardFields : IRootFields
{
    public void AddQueries(ObjectGraphType query)
    {
        query.Field<HazardGraphType>("hazard")
            .Allow(AccessRule.Read)
            .Description("One hazard by id; null when there is none in the reader's scope.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "Id of the hazard.")
            .ResolveAsync(async context => await context.RequestServices!.GetRequiredService<HazardRepository>()
                .FindAsync(Arguments.Id(context), CurrentUser.From(context.User)?.ReadCommunityId, context.CancellationToken));

        query.Field<NonNullGraphType<HazardConnectionGraphType>>("hazards")
            .Allow(AccessRule.Read)
            .Description("Hazards meeting the filter, ordered by id, with the total and a summary of the whole list.")
            .Argument<HazardFilterInputGraphType>("filter", "Conditions; absent: every hazard in scope.")
            .Argument<IntGraphType>("first", $"Page size, 1–{PageRequest.MaxSize}.")
            .Argument<StringGraphType>("after", "Cursor of the previous page's end.")
            .ResolveAsync(async context =>
            {
                var services = context.RequestServices!;
                var filter = HazardInputs.Query(context, services.GetRequiredService<HazardCalendar>().Today);
                var page = PageRequest.From(context.GetArgument<int?>("first"), context.GetArgument<string?>("after"));
                var hazards = services.GetRequiredService<HazardRepository>();
                var rows = await hazards.ListAsync(filter, page.AfterId, page.First + 1, context.CancellationToken);
                int? total = context.SubFields?.ContainsKey("totalCount") == true ? await hazards.CountAsync(filter, context.CancellationToken) : null;
                var built = ConnectionBuilder.Build(rows, page, h => h.Id, total);
                return new HazardConnection { Edges = built.Edges, PageInfo = built.PageInfo, TotalCount = built.TotalCount, Query = filter };
            });

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<HazardAlertGraphType>>>>("alerts")
            .Allow(AccessRule.Read)
            .Description($"Hazards needing attention in the signed-in user's scope: supervised and past the deadline, overdue, and due within days; most urgent first, at most {HazardAlerts.MaxAlerts}; then the other features' alerts (overdue door-knock visits).")
            .Argument<StringGraphType>("communityCode", "Only this community (division code).")
            .ResolveAsync(async context =>
            {
                var services = context.RequestServices!;
                var user = CurrentUser.Of(context.User);
                var communityCode = context.GetArgument<string?>("communityCode");
                var alerts = new List<HazardAlert>(await services.GetRequiredService<HazardAlerts>().ListAsync(user.ReadCommunityId, communityCode, context.CancellationToken));
                foreach (var source in services.GetServices<IAlertSource>())
                {
                    alerts.AddRange(await source.ListAsync(user, communityCode, context.CancellationToken));
                }

                return (object?)alerts;
            });
    }

    public void AddMutations(ObjectGraphType mutation)
    {
    }
}
