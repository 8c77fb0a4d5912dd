using FireMap.Api.Access;
using FireMap.Api.Errors;
using FireMap.Api.GraphQL;
using FireMap.Api.GraphQL.Paging;
using FireMap.Api.Hazards;
using FireMap.Api.Units;
using GraphQL;
using GraphQL.Types;
using GraphQL.Types.Relay;

namespace FireMap.Api.Outreach;

/// <summary>
/// The outreach register's queries (activities, targets, attainment) and mutations (record and change an activity
/// under <c>operate</c>; targets under <c>campaign</c>). Community and grid users read their community only.
/// </summary>
public sealed class OutreachFields : IRootFields
{
    public void AddQueries(ObjectGraphType query)
    {
        query.Field<OutreachActivityGraphType>("outreachActivity")
            .Allow(AccessRule.Read)
            .Description("One outreach activity by id; null when there is none in the reader's scope.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "Id of the activity.")
            .ResolveAsync(async context => await context.RequestServices!.GetRequiredService<OutreachRepository>()
                .FindAsync(Arguments.Id(context), CurrentUser.From(context.User)?.ReadCommunityId, context.CancellationToken));

        query.Field<NonNullGraphType<ConnectionType<OutreachActivityGraphType>>>("outreachActivities")
            .Allow(AccessRule.Read)
            .Description("Outreach activities meeting the filter, ordered by id, with the total.")
            .Argument<OutreachFilterInputGraphType>("filter", "Conditions; absent: every activity in scope.")
            .Argument<IntGraphType>("first", $"Page size, 1–{PageRequest.MaxSize}.")
            .Argument<StringGraphType>("after", "Cursor of the previous page's end.")
            .ResolveAsync(async context =>
            {
                var filter = context.GetArgument<Dictionary<string, object?>?>("filter") ?? [];
                var outreachQuery = new OutreachQuery(filter.GetValueOrDefault("communityCode") as string, filter.GetValueOrDefault("gridCode") as string,
                    RegisterInput.Codes(filter, "kind"), filter.GetValueOrDefault("from") as DateOnly?, filter.GetValueOrDefault("to") as DateOnly?,
                    RegisterInput.Id(filter, "unitId"), RegisterInput.Box(filter), CurrentUser.From(context.User)?.ReadCommunityId);
                var page = PageRequest.From(context.GetArgument<int?>("first"), context.GetArgument<string?>("after"));
                var repository = context.RequestServices!.GetRequiredService<OutreachRepository>();
                var rows = await repository.ListAsync(outreachQuery, page.AfterId, page.First + 1, context.CancellationToken);
                int? total = context.SubFields?.ContainsKey("totalCount") == true ? await repository.CountAsync(outreachQuery, context.CancellationToken) : null;
                return ConnectionBuilder.Build(rows, page, a => a.Id, total);
            });

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<OutreachTargetGraphType>>>>("outreachTargets")
            .Allow(AccessRule.Read)
            .Description("The seed's outreach targets, by code.")
            .ResolveAsync(async context => await context.RequestServices!.GetRequiredService<OutreachRepository>().TargetsAsync(context.CancellationToken));

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<OutreachAttainmentGraphType>>>>("outreachAttainment")
            .Allow(AccessRule.Read)
            .Description("Attainment of every target in force by asOf, per community (one, or every one in the reader's scope), by community and target code.")
            .Argument<StringGraphType>("communityCode", "Only this community (division code); another than your own is FORBIDDEN for community and grid users.")
            .Argument<DateOnlyGraphType>("asOf", "The day counted to; default today (China time).")
            .ResolveAsync(async context =>
            {
                var services = context.RequestServices!;
                var repository = services.GetRequiredService<OutreachRepository>();
                var code = context.GetArgument<string?>("communityCode");
                long? community = code is null ? null : await repository.CommunityIdAsync(code, context.CancellationToken);
                var user = CurrentUser.Of(context.User);
                community = user.NarrowCommunity(community);
                var asOf = context.GetArgument<DateOnly?>("asOf") ?? services.GetRequiredService<HazardCalendar>().Today;
                return await repository.AttainmentAsync(community, user.ReadCommunityId, asOf, context.CancellationToken);
            });
    }

    public void AddMutations(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<OutreachActivityGraphType>>("createOutreachActivity")
            .Allow(AccessRule.Operate)
            .Description("Records an outreach activity within the user's community or grids.")
            .Argument<NonNullGraphType<OutreachActivityInputGraphType>>("input", "The activity.")
            .ResolveAsync(async context => await context.RequestServices!.GetRequiredService<OutreachCommands>().CreateAsync(
                OutreachChange.From(context.GetArgument<Dictionary<string, object?>>("input"), Today(context), create: true),
                CurrentUser.Of(context.User), context.CancellationToken));

        mutation.Field<NonNullGraphType<OutreachActivityGraphType>>("updateOutreachActivity")
            .Allow(AccessRule.Operate)
            .Description("Changes the fields given of an activity. A stale expectedVersion is a CONFLICT.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "Id of the activity.")
            .Argument<NonNullGraphType<OutreachActivityInputGraphType>>("input", "The fields to change.")
            .Argument<NonNullGraphType<IntGraphType>>("expectedVersion", "The version the client saw.")
            .ResolveAsync(async context => await context.RequestServices!.GetRequiredService<OutreachCommands>().UpdateAsync(
                Arguments.Id(context), OutreachChange.From(context.GetArgument<Dictionary<string, object?>>("input"), Today(context), create: false),
                context.GetArgument<int>("expectedVersion"), CurrentUser.Of(context.User), context.CancellationToken));

        mutation.Field<NonNullGraphType<OutreachTargetGraphType>>("saveOutreachTarget")
            .Allow(AccessRule.Campaign)
            .Description("Creates or replaces an outreach target (the sub-district office's). expectedVersion: 0 for a new one; another stale one is a CONFLICT.")
            .Argument<NonNullGraphType<StringGraphType>>("code", "Code of the target: letters, digits, - and _, at most 40.")
            .Argument<NonNullGraphType<OutreachTargetInputGraphType>>("input", "The whole target.")
            .Argument<NonNullGraphType<IntGraphType>>("expectedVersion", "The version the client saw; 0 for a new target.")
            .ResolveAsync(async context =>
            {
                var code = context.GetArgument<string>("code").Trim();
                if (code.Length is 0 or > 40 || !code.All(ch => char.IsAsciiLetterOrDigit(ch) || ch is '-' or '_'))
                {
                    throw Rejection.BadInput("code", "letters, digits, - and _, 1–40 characters");
                }

                var input = context.GetArgument<Dictionary<string, object?>>("input");
                var minimum = (int)input["minimum"]!;
                var target = new OutreachTargetRecord(0, code, (string)input["kind"]!, (string)input["basis"]!,
                    minimum >= 1 ? minimum : throw Rejection.BadInput("minimum", "must be 1 or more"),
                    (DateOnly)input["startsOn"]!, (DateOnly)input["endsOn"]!, RegisterInput.Text(input, "description", RegisterInput.MaxTextLength) ?? "", 0);
                return await context.RequestServices!.GetRequiredService<OutreachCommands>().SaveTargetAsync(target, context.GetArgument<int>("expectedVersion"),
                    CurrentUser.Of(context.User).UserName, context.CancellationToken);
            });
    }

    private static DateOnly Today(IResolveFieldContext context) => context.RequestServices!.GetRequiredService<HazardCalendar>().Today;
}
