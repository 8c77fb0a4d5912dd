using FireMap.Api.Access;
using FireMap.Api.Errors;
using FireMap.Api.GraphQL;
using FireMap.Api.GraphQL.Paging;
using FireMap.Api.GraphQL.Types;
using GraphQL;
using GraphQL.Types;
using GraphQL.Types.Relay;

namespace FireMap.Api.FireLanes;

/// <summary>Queries of the planners' fire-lane view: lanes by state, one lane by id.</summary>
public sealed class FireLaneFields : IRootFields
{
    public void AddQueries(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ConnectionType<FireLaneGraphType>>>("fireLanes")
            .Allow(AccessRule.Read)
            .Description("Fire lanes meeting the box, optionally of some states, ordered by id.")
            .Argument<BoundingBoxInputGraphType>("bbox", "Only lanes meeting this WGS84 box.")
            .Argument<ListGraphType<NonNullGraphType<FireLaneStatusGraphType>>>("status", "Only lanes in these states.")
            .Argument<IntGraphType>("first", $"Page size, 1–{PageRequest.MaxSize}.")
            .Argument<StringGraphType>("after", "Cursor of the previous page's end.")
            .ResolveAsync(async context =>
            {
                var box = Arguments.Box(context);
                var page = PageRequest.From(context.GetArgument<int?>("first"), context.GetArgument<string?>("after"));
                var statuses = context.GetArgument<List<string>?>("status") is { Count: > 0 } list ? list : null;
                var lanes = context.RequestServices!.GetRequiredService<FireLaneRepository>();
                var rows = await lanes.ListAsync(box, statuses, page.AfterId, page.First + 1, context.CancellationToken);
                int? total = context.SubFields?.ContainsKey("totalCount") == true ? await lanes.CountAsync(box, statuses, context.CancellationToken) : null;
                return ConnectionBuilder.Build(rows, page, l => l.Id, total);
            });

        query.Field<FireLaneGraphType>("fireLane")
            .Allow(AccessRule.Read)
            .Description("One fire lane by id; NOT_FOUND when no lane has that id.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "Id of the lane.")
            .ResolveAsync(async context =>
            {
                var id = Arguments.Id(context);
                return await context.RequestServices!.GetRequiredService<FireLaneRepository>().FindAsync(id, context.CancellationToken)
                    ?? throw Rejection.NotFound("fire lane", id);
            });
    }
}
