using FireMap.Api.Access;
using FireMap.Api.Errors;
using FireMap.Api.GraphQL;
using FireMap.Api.GraphQL.Types;
using GraphQL;
using GraphQL.Types;

namespace FireMap.Api.Stations;

/// <summary>Queries of fire stations: one by id, and the nearest to a point.</summary>
public sealed class StationFields : IRootFields
{
    public void AddQueries(ObjectGraphType query)
    {
        query.Field<StationGraphType>("station")
            .Allow(AccessRule.Read)
            .Description("One station by id; NOT_FOUND when no station has that id.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "Id of the station.")
            .ResolveAsync(async context =>
            {
                var id = Arguments.Id(context);
                return await context.RequestServices!.GetRequiredService<StationRepository>().FindAsync(id, context.CancellationToken)
                    ?? throw Rejection.NotFound("station", id);
            });

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<StationDistanceGraphType>>>>("nearestStations")
            .Allow(AccessRule.Read)
            .Description("The stations nearest to a point, nearest first: by geodesic distance, or by routed drive time with the route.")
            .Argument<NonNullGraphType<PointInputGraphType>>("point", "Where to measure from, WGS84.")
            .Argument<ListGraphType<NonNullGraphType<StationKindGraphType>>>("kinds", "Only these kinds; all when absent or empty.")
            .Argument<IntGraphType>("first", $"How many, 1–{StationRepository.MaxNearest} (default 5).")
            .Argument<StationRanking>("by", "Rank by DISTANCE (default) or DRIVE_TIME over the road network.")
            .ResolveAsync(async context =>
            {
                var point = Arguments.Point(context, "point");
                var first = context.GetArgument<int?>("first") ?? 5;
                if (first is < 1 or > StationRepository.MaxNearest)
                {
                    throw Rejection.BadInput("first", $"must be between 1 and {StationRepository.MaxNearest}, was {first}");
                }

                var kinds = context.GetArgument<List<string>?>("kinds") is { Count: > 0 } list ? list : null;
                if (context.GetArgument<string?>("by") == StationRanking.DriveTime)
                {
                    var ranking = context.RequestServices!.GetService<IDriveTimeRanking>()
                        ?? throw Rejection.Of(RejectionKind.Unavailable, "Drive-time ranking is not available.", "by");
                    return await ranking.RankAsync(point, kinds, first, context.CancellationToken);
                }

                return await context.RequestServices!.GetRequiredService<StationRepository>().NearestAsync(point, kinds, first, context.CancellationToken);
            });
    }
}
