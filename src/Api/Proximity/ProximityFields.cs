using FireMap.Api.Access;
using FireMap.Api.Buildings;
using FireMap.Api.Errors;
using FireMap.Api.GraphQL;
using FireMap.Api.GraphQL.Paging;
using FireMap.Api.GraphQL.Types;
using FireMap.Api.Hydrants;
using FireMap.Api.Places;
using FireMap.Spatial.Geometry;
using GraphQL;
using GraphQL.Types;

namespace FireMap.Api.Proximity;

/// <summary>
/// The radius searches (<c>buildingsWithin</c>, <c>placesWithin</c>, <c>hydrantsWithin</c>), added
/// to the query root (centre given as an argument) and to stations (centre = the station).
/// Every argument is checked before any SQL runs.
/// </summary>
public static class ProximityFields
{
    public static void AddTo<TSource>(ObjectGraphType<TSource> type, Func<IResolveFieldContext, GeoPoint> center, bool centerArgument)
    {
        var buildings = type.Field<NonNullGraphType<WithinConnectionGraphType<BuildingGraphType, BuildingRecord>>>("buildingsWithin")
            .Allow(AccessRule.Read)
            .Description("Buildings whose footprint lies within radiusMeters, nearest first (then by id).")
            .Argument<BuildingFilterInputGraphType>("filter", "Conditions on the buildings.");
        var places = type.Field<NonNullGraphType<WithinConnectionGraphType<PlaceGraphType, PlaceRecord>>>("placesWithin")
            .Allow(AccessRule.Read)
            .Description("Places within radiusMeters, nearest first (then by id).")
            .Argument<ListGraphType<NonNullGraphType<PlaceCategoryGraphType>>>("categories", "Only these categories; all when absent or empty.");
        var hydrants = type.Field<NonNullGraphType<WithinConnectionGraphType<HydrantGraphType, HydrantRecord>>>("hydrantsWithin")
            .Allow(AccessRule.Read)
            .Description("Hydrants within radiusMeters, nearest first (then by id).");

        foreach (var field in new[] { buildings, places, hydrants })
        {
            if (centerArgument)
            {
                field.Argument<NonNullGraphType<PointInputGraphType>>("center", "Centre of the search, WGS84.");
            }

            field.Argument<NonNullGraphType<FloatGraphType>>("radiusMeters", $"Radius in metres, greater than 0 and at most {SearchRadius.MaxMeters}.")
                .Argument<IntGraphType>("first", $"Page size, 1–{PageRequest.MaxSize} (default {PageRequest.DefaultSize}).")
                .Argument<StringGraphType>("after", "Cursor after which the page starts (pageInfo.endCursor of the previous page).");
        }

        buildings.ResolveAsync(async context =>
        {
            var request = Request(context, center);
            var filter = BuildingFilterInputGraphType.Read(context);
            var joinedFields = SelectedFields.AnyUnder(context, BuildingsWithin.JoinedFields);
            return await context.RequestServices!.GetRequiredService<BuildingsWithin>().FindAsync(request, filter, context.CancellationToken, joinedFields);
        });
        places.ResolveAsync(async context =>
        {
            var request = Request(context, center);
            var categories = context.GetArgument<List<string>?>("categories") is { Count: > 0 } list ? list : null;
            return await context.RequestServices!.GetRequiredService<PlacesWithin>().FindAsync(request, categories, context.CancellationToken);
        });
        hydrants.ResolveAsync(async context =>
        {
            var request = Request(context, center);
            return await context.RequestServices!.GetRequiredService<HydrantsWithin>().FindAsync(request, context.CancellationToken);
        });
    }

    private static WithinRequest Request(IResolveFieldContext context, Func<IResolveFieldContext, GeoPoint> center)
    {
        var radius = context.GetArgument<double>("radiusMeters");
        if (SearchRadius.FindProblem(radius) is { } problem)
        {
            throw Rejection.BadInput("radiusMeters", problem);
        }

        var area = new SearchArea(center(context), radius);
        return WithinRequest.From(area, context.GetArgument<int?>("first"), context.GetArgument<string?>("after"));
    }
}
