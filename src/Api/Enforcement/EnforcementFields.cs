using FireMap.Api.Access;
using FireMap.Api.Errors;
using FireMap.Api.GraphQL;
using FireMap.Api.GraphQL.Paging;
using FireMap.Api.Hazards;
using FireMap.Api.Units;
using GraphQL;
using GraphQL.Types;
using GraphQL.Types.Relay;

namespace FireMap.Api.Enforcement;

/// <summary>
/// The enforcement register's queries (one case, the filtered list, the clearance per community) and mutations (open,
/// change, close; the <c>enforce</c> rule). Community and grid users read their community only.
/// </summary>
public sealed class EnforcementFields : IRootFields
{
    public void AddQueries(ObjectGraphType query)
    {
        query.Field<EnforcementCaseGraphType>("enforcementCase")
            .Allow(AccessRule.Read)
            .Description("One enforcement case by id; null when there is none in the reader's scope.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "Id of the case.")
            .ResolveAsync(async context => await context.RequestServices!.GetRequiredService<EnforcementRepository>()
                .FindAsync(Arguments.Id(context), CurrentUser.From(context.User)?.ReadCommunityId, context.CancellationToken));

        query.Field<NonNullGraphType<ConnectionType<EnforcementCaseGraphType>>>("enforcementCases")
            .Allow(AccessRule.Read)
            .Description("Enforcement cases meeting the filter, ordered by id, with the total.")
            .Argument<EnforcementFilterInputGraphType>("filter", "Conditions; absent: every case in scope.")
            .Argument<IntGraphType>("first", $"Page size, 1–{PageRequest.MaxSize}.")
            .Argument<StringGraphType>("after", "Cursor of the previous page's end.")
            .ResolveAsync(async context =>
            {
                var filter = context.GetArgument<Dictionary<string, object?>?>("filter") ?? [];
                var caseQuery = new EnforcementQuery(Today(context), filter.GetValueOrDefault("communityCode") as string, filter.GetValueOrDefault("gridCode") as string,
                    RegisterInput.Codes(filter, "kind"), filter.GetValueOrDefault("open") as bool?, filter.GetValueOrDefault("overdue") as bool?,
                    RegisterInput.Id(filter, "unitId"), RegisterInput.Box(filter), CurrentUser.From(context.User)?.ReadCommunityId);
                var page = PageRequest.From(context.GetArgument<int?>("first"), context.GetArgument<string?>("after"));
                var repository = context.RequestServices!.GetRequiredService<EnforcementRepository>();
                var rows = await repository.ListAsync(caseQuery, page.AfterId, page.First + 1, context.CancellationToken);
                int? total = context.SubFields?.ContainsKey("totalCount") == true ? await repository.CountAsync(caseQuery, context.CancellationToken) : null;
                return ConnectionBuilder.Build(rows, page, e => e.Id, total);
            });

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<EnforcementClearanceGraphType>>>>("enforcementClearance")
            .Allow(AccessRule.Read)
            .Description("Per community in the reader's scope: open, overdue and closed cases, and whether every case is closed (执法清零).")
            .Argument<StringGraphType>("communityCode", "Only this community (division code).")
            .ResolveAsync(async context => await context.RequestServices!.GetRequiredService<EnforcementRepository>().ClearanceAsync(
                context.GetArgument<string?>("communityCode"), CurrentUser.From(context.User)?.ReadCommunityId, Today(context), context.CancellationToken));
    }

    public void AddMutations(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<EnforcementCaseGraphType>>("openEnforcementCase")
            .Allow(AccessRule.Enforce)
            .Description("Opens an enforcement case against a unit, place or point within the user's community.")
            .Argument<NonNullGraphType<EnforcementCaseInputGraphType>>("input", "The case.")
            .ResolveAsync(async context => await Commands(context).OpenAsync(
                EnforcementChange.From(context.GetArgument<Dictionary<string, object?>>("input"), Today(context), open: true),
                CurrentUser.Of(context.User), context.CancellationToken));

        mutation.Field<NonNullGraphType<EnforcementCaseGraphType>>("updateEnforcementCase")
            .Allow(AccessRule.Enforce)
            .Description("Changes the fields given of a case; hazardIds given replace the links. A stale expectedVersion is a CONFLICT.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "Id of the case.")
            .Argument<NonNullGraphType<EnforcementCaseInputGraphType>>("input", "The fields to change.")
            .Argument<NonNullGraphType<IntGraphType>>("expectedVersion", "The version the client saw.")
            .ResolveAsync(async context =>
            {
                var input = context.GetArgument<Dictionary<string, object?>>("input");
                if (input.ContainsKey("unitId") || input.ContainsKey("placeId") || input.ContainsKey("point"))
                {
                    throw Rejection.BadInput("input", "where a case is cannot change; open a new case");
                }

                return await Commands(context).UpdateAsync(Arguments.Id(context), EnforcementChange.From(input, Today(context), open: false),
                    context.GetArgument<int>("expectedVersion"), CurrentUser.Of(context.User), context.CancellationToken);
            });

        mutation.Field<NonNullGraphType<EnforcementCaseGraphType>>("closeEnforcementCase")
            .Allow(AccessRule.Enforce)
            .Description("Closes an open case (办结) with its outcome. CONFLICT when it changed since expectedVersion or is already closed.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "Id of the case.")
            .Argument<NonNullGraphType<IntGraphType>>("expectedVersion", "The version the client saw.")
            .Argument<NonNullGraphType<StringGraphType>>("outcome", "The outcome, 1–2000 characters.")
            .Argument<DateOnlyGraphType>("closedOn", "Date closed; default today; not after today.")
            .ResolveAsync(async context =>
            {
                var today = Today(context);
                var closedOn = context.GetArgument<DateOnly?>("closedOn") ?? today;
                if (closedOn > today)
                {
                    throw Rejection.BadInput("closedOn", $"{closedOn:yyyy-MM-dd} is after today ({today:yyyy-MM-dd})");
                }

                var outcome = RegisterInput.Required(new Dictionary<string, object?> { ["outcome"] = context.GetArgument<string>("outcome") }, "outcome",
                    RegisterInput.MaxTextLength);
                return await Commands(context).CloseAsync(Arguments.Id(context), closedOn, outcome, context.GetArgument<int>("expectedVersion"),
                    CurrentUser.Of(context.User), context.CancellationToken);
            });
    }

    private static EnforcementCommands Commands(IResolveFieldContext context) => context.RequestServices!.GetRequiredService<EnforcementCommands>();

    private static DateOnly Today(IResolveFieldContext context) => context.RequestServices!.GetRequiredService<HazardCalendar>().Today;
}
