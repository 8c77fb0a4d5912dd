using FireMap.Api.Access;
using FireMap.Api.GraphQL;
using FireMap.Api.GraphQL.Paging;
using FireMap.Api.Hazards;
using GraphQL;
using GraphQL.Types;
using GraphQL.Types.Relay;

namespace FireMap.Api.Units;

/// <summary>
/// <c>unit</c>, <c>units</c> (filtered, with the total), <c>createUnit</c> and <c>updateUnit</c>. Community and grid
/// users read their community only (in SQL) and change units within their community or grids.
/// </summary>
public sealed class UnitFields : IRootFields
{
    public void AddQueries(ObjectGraphType query)
    {
        query.Field<UnitGraphType>("unit")
            .Allow(AccessRule.Read)
            .Description("One unit by id; null when there is none in the reader's scope.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "Id of the unit.")
            .ResolveAsync(async context => await context.RequestServices!.GetRequiredService<UnitRepository>()
                .FindAsync(Arguments.Id(context), CurrentUser.From(context.User)?.ReadCommunityId, context.CancellationToken));

        query.Field<NonNullGraphType<ConnectionType<UnitGraphType>>>("units")
            .Allow(AccessRule.Read)
            .Description("Units meeting the filter, ordered by id, with the total. concern: CONVERTED_INDUSTRIAL or HIGH_RISE_DINING_ENTERTAINMENT finds the seed's two cases.")
            .Argument<UnitFilterInputGraphType>("filter", "Conditions; absent: every unit in scope.")
            .Argument<IntGraphType>("first", $"Page size, 1–{PageRequest.MaxSize}.")
            .Argument<StringGraphType>("after", "Cursor of the previous page's end.")
            .ResolveAsync(async context =>
            {
                var services = context.RequestServices!;
                var filter = context.GetArgument<Dictionary<string, object?>?>("filter") ?? [];
                var user = CurrentUser.From(context.User);
                var unitQuery = new UnitQuery(services.GetRequiredService<HazardCalendar>().Today,
                    filter.GetValueOrDefault("communityCode") as string, filter.GetValueOrDefault("gridCode") as string,
                    RegisterInput.Codes(filter, "kind"), filter.GetValueOrDefault("keyUnit") as bool?, filter.GetValueOrDefault("concern") as string,
                    filter.GetValueOrDefault("commitmentOverdue") as bool?, RegisterInput.Text(filter, "search"),
                    RegisterInput.Box(filter), user?.ReadCommunityId);
                var page = PageRequest.From(context.GetArgument<int?>("first"), context.GetArgument<string?>("after"));
                var units = services.GetRequiredService<UnitRepository>();
                var rows = await units.ListAsync(unitQuery, page.AfterId, page.First + 1, context.CancellationToken);
                int? total = context.SubFields?.ContainsKey("totalCount") == true ? await units.CountAsync(unitQuery, context.CancellationToken) : null;
                return ConnectionBuilder.Build(rows, page, u => u.Id, total);
            });
    }

    public void AddMutations(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<UnitGraphType>>("createUnit")
            .Allow(AccessRule.Operate)
            .Description("Registers a unit at a point, or at the first place (else building) it occupies; within the user's community or grids.")
            .Argument<NonNullGraphType<UnitInputGraphType>>("input", "The unit.")
            .ResolveAsync(async context => await context.RequestServices!.GetRequiredService<UnitCommands>().CreateAsync(
                UnitChange.From(context.GetArgument<Dictionary<string, object?>>("input"), create: true), CurrentUser.Of(context.User), context.CancellationToken));

        mutation.Field<NonNullGraphType<UnitGraphType>>("updateUnit")
            .Allow(AccessRule.Operate)
            .Description("Changes the fields given; premises and trainings given replace the stored ones. A stale expectedVersion is a CONFLICT.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "Id of the unit.")
            .Argument<NonNullGraphType<UnitInputGraphType>>("input", "The fields to change.")
            .Argument<NonNullGraphType<IntGraphType>>("expectedVersion", "The version the client saw.")
            .ResolveAsync(async context => await context.RequestServices!.GetRequiredService<UnitCommands>().UpdateAsync(
                Arguments.Id(context), UnitChange.From(context.GetArgument<Dictionary<string, object?>>("input"), create: false),
                context.GetArgument<int>("expectedVersion"), CurrentUser.Of(context.User), context.CancellationToken));
    }
}
