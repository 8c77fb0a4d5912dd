using FireMap.Api.Buildings;
using FireMap.Api.Compounds;
using FireMap.Api.FireLanes;
using FireMap.Api.Geocoding;
using FireMap.Api.GraphQL.Errors;
using FireMap.Api.GraphQL.Paging;
using FireMap.Api.GraphQL.Types;
using FireMap.Api.Proximity;
using FireMap.Api.Risk.Schema;
using FireMap.Api.Stations;
using GraphQL;
using GraphQL.Types;
using GraphQL.Types.Relay;

namespace FireMap.Api.GraphQL;

/// <summary>The root of every query.</summary>
public sealed class QueryGraphType : ObjectGraphType
{
    public QueryGraphType()
    {
        Name = "Query";
        Description = "FireMap queries. Coordinates are WGS84 degrees, distances metres.";

        Field<BuildingGraphType>("building")
            .Description("One building by id; NOT_FOUND when no building has that id.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "Id of the building.")
            .ResolveAsync(async context =>
            {
                var id = Arguments.Id(context);
                return await context.RequestServices!.GetRequiredService<BuildingRepository>().FindAsync(id, context.CancellationToken)
                    ?? throw new NotFoundError("building", id.ToString(System.Globalization.CultureInfo.InvariantCulture));
            });

        Field<CompoundGraphType>("compound")
            .Description("One compound by id; NOT_FOUND when no compound has that id.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "Id of the compound.")
            .ResolveAsync(async context =>
            {
                var id = Arguments.Id(context);
                return await context.RequestServices!.GetRequiredService<CompoundRepository>().FindAsync(id, context.CancellationToken)
                    ?? throw new NotFoundError("compound", id.ToString(System.Globalization.CultureInfo.InvariantCulture));
            });

        Field<StationGraphType>("station")
            .Description("One station by id; NOT_FOUND when no station has that id.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "Id of the station.")
            .ResolveAsync(async context =>
            {
                var id = Arguments.Id(context);
                return await context.RequestServices!.GetRequiredService<StationRepository>().FindAsync(id, context.CancellationToken)
                    ?? throw new NotFoundError("station", id.ToString(System.Globalization.CultureInfo.InvariantCulture));
            });

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StationDistanceGraphType>>>>("nearestStations")
            .Description("The stations nearest to a point, nearest first, with geodesic distances.")
            .Argument<NonNullGraphType<PointInputGraphType>>("point", "Where to measure from, WGS84.")
            .Argument<ListGraphType<NonNullGraphType<StationKindGraphType>>>("kinds", "Only these kinds; all when absent or empty.")
            .Argument<IntGraphType>("first", $"How many, 1–{StationRepository.MaxNearest} (default 5).")
            .ResolveAsync(async context =>
            {
                var point = Arguments.Point(context, "point");
                var first = context.GetArgument<int?>("first") ?? 5;
                if (first is < 1 or > StationRepository.MaxNearest)
                {
                    throw new BadUserInputError("first", $"must be between 1 and {StationRepository.MaxNearest}, was {first}");
                }

                var kinds = context.GetArgument<List<string>?>("kinds") is { Count: > 0 } list ? list : null;
                return await context.RequestServices!.GetRequiredService<StationRepository>().NearestAsync(point, kinds, first, context.CancellationToken);
            });

        ProximityFields.AddTo(this, context => Arguments.Point(context, "center"), centerArgument: true);
        FireLaneFields.AddTo(this);
        GeocodeFields.AddTo(this);
        RiskFields.AddTo(this);

        PagedField<BuildingGraphType, BuildingRecord>("buildings", "Buildings whose footprint meets the box, ordered by id.",
            async (context, box, page) =>
            {
                var repository = context.RequestServices!.GetRequiredService<BuildingRepository>();
                var rows = await repository.ListAsync(box, page.AfterId, page.First + 1, context.CancellationToken);
                int? total = context.SubFields?.ContainsKey("totalCount") == true ? await repository.CountAsync(box, context.CancellationToken) : null;
                return ConnectionBuilder.Build(rows, page, b => b.Id, total);
            });

        PagedField<CompoundGraphType, CompoundRecord>("compounds", "Compounds whose outline meets the box, ordered by id.",
            async (context, box, page) =>
            {
                var repository = context.RequestServices!.GetRequiredService<CompoundRepository>();
                var rows = await repository.ListAsync(box, page.AfterId, page.First + 1, context.CancellationToken);
                int? total = context.SubFields?.ContainsKey("totalCount") == true ? await repository.CountAsync(box, context.CancellationToken) : null;
                return ConnectionBuilder.Build(rows, page, x => x.Id, total);
            });
    }

    private void PagedField<TNodeType, TNode>(string name, string description,
        Func<IResolveFieldContext, Spatial.Geometry.BoundingBox?, PageRequest, Task<global::GraphQL.Types.Relay.DataObjects.Connection<TNode>>> resolve)
        where TNodeType : IGraphType
    {
        Field<NonNullGraphType<ConnectionType<TNodeType>>>(name)
            .Description(description)
            .Argument<BoundingBoxInputGraphType>("bbox", "Only features meeting this WGS84 box; the whole area when absent.")
            .Argument<IntGraphType>("first", $"Page size, 1–{PageRequest.MaxSize} (default {PageRequest.DefaultSize}).")
            .Argument<StringGraphType>("after", "Cursor after which the page starts (pageInfo.endCursor of the previous page).")
            .ResolveAsync(async context =>
            {
                var box = Arguments.Box(context);
                var page = PageRequest.From(context.GetArgument<int?>("first"), context.GetArgument<string?>("after"));
                return await resolve(context, box, page);
            });
    }
}
