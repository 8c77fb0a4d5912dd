using FireMap.Api.Access;
using FireMap.Api.Errors;
using FireMap.Api.GraphQL;
using FireMap.Api.GraphQL.Types;
using FireMap.Api.Stations;
using FireMap.Spatial.Vocabulary;
using GraphQL;
using GraphQL.Types;
using Npgsql;

namespace FireMap.Api.Coverage;

/// <summary>Drive-time coverage queries: who is outside, a station's isochrone, the response force, a candidate station.</summary>
public sealed class CoverageFields : IRootFields
{
    public void AddQueries(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<CoverageGraphType>>("coverage")
            .Allow(AccessRule.Read)
            .Description("Buildings, compounds and places outside the reach by road of every station of `kinds` within `minutes`; community and grid users see their community.")
            .Argument<NonNullGraphType<IntGraphType>>("minutes", "Minutes, 1–30 (the 1-3-5 rule: 3 for micro stations, 5 for fire stations).")
            .Argument<ListGraphType<NonNullGraphType<StationKindGraphType>>>("kinds", "Station kinds counted; all when absent or empty.")
            .Argument<StringGraphType>("communityCode", "Only this community (division code).")
            .Argument<IntGraphType>("first", $"How many of each list, 0–{CoverageQueries.MaxListed} (default 50).")
            .ResolveAsync(async context =>
            {
                var minutes = Minutes(context);
                var first = context.GetArgument<int?>("first") ?? 50;
                if (first is < 0 or > CoverageQueries.MaxListed)
                {
                    throw Rejection.BadInput("first", $"must be between 0 and {CoverageQueries.MaxListed}, was {first}");
                }

                var community = await CommunityAsync(context);
                return await context.RequestServices!.GetRequiredService<CoverageQueries>().CoverageAsync(minutes, Kinds(context), community, first, context.CancellationToken);
            });

        query.Field<NonNullGraphType<StationIsochroneGraphType>>("stationCoverage")
            .Allow(AccessRule.Read)
            .Description("The area a station reaches by road within `minutes`.")
            .Argument<NonNullGraphType<IdGraphType>>("stationId", "Id of the station.")
            .Argument<NonNullGraphType<IntGraphType>>("minutes", "Minutes, 1–30.")
            .ResolveAsync(async context =>
            {
                var id = Arguments.Id(context, "stationId");
                var found = await context.RequestServices!.GetRequiredService<StationIsochrones>().ForAsync([id], null, Minutes(context), context.CancellationToken);
                return found.Count > 0 ? found[0] : throw Rejection.NotFound("station", id);
            });

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<StationIsochroneGraphType>>>>("coverageIsochrones")
            .Allow(AccessRule.Read)
            .Description("The isochrones of every station of `kinds` within `minutes` (the map's coverage layer).")
            .Argument<NonNullGraphType<IntGraphType>>("minutes", "Minutes, 1–30.")
            .Argument<ListGraphType<NonNullGraphType<StationKindGraphType>>>("kinds", "Station kinds; all when absent or empty.")
            .ResolveAsync(async context => await context.RequestServices!.GetRequiredService<StationIsochrones>()
                .ForAsync(null, Kinds(context), Minutes(context), context.CancellationToken));

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ResponseForceGraphType>>>>("responseForce")
            .Allow(AccessRule.Read)
            .Description("The effective response force of buildings: staff of every station reaching each within the response-force time, against its requirement.")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("buildingIds", $"Ids of the buildings, 1–{ResponseForces.MaxBuildings}.")
            .ResolveAsync(async context =>
            {
                var ids = context.GetArgument<List<string>>("buildingIds")
                    .Select(text => long.TryParse(text, out var id) && id > 0 ? id : throw Rejection.BadInput("buildingIds", $"'{text}' is not an id"))
                    .Distinct().ToArray();
                if (ids.Length is 0 or > ResponseForces.MaxBuildings)
                {
                    throw Rejection.BadInput("buildingIds", $"between 1 and {ResponseForces.MaxBuildings} ids, were {ids.Length}");
                }

                return await context.RequestServices!.GetRequiredService<ResponseForces>().ForAsync(ids, context.CancellationToken);
            });

        query.Field<NonNullGraphType<CoverageWhatIfGraphType>>("coverageWhatIf")
            .Allow(AccessRule.Read)
            .Description("How many buildings and people a candidate station at `point` would bring within `minutes` of the stations of its kind. Nothing is stored.")
            .Argument<NonNullGraphType<PointInputGraphType>>("point", "Where the candidate stands, WGS84.")
            .Argument<StationKindGraphType>("kind", "Kind of the candidate (default MICRO_STATION).")
            .Argument<NonNullGraphType<IntGraphType>>("minutes", "Minutes, 1–30.")
            .Argument<StringGraphType>("communityCode", "Only count this community (division code).")
            .ResolveAsync(async context =>
            {
                var point = Arguments.Point(context, "point");
                var minutes = Minutes(context);
                var community = await CommunityAsync(context);
                var kind = context.GetArgument<string?>("kind") ?? "micro_station";
                return await context.RequestServices!.GetRequiredService<CoverageWhatIf>().AskAsync(point, kind, minutes, community, context.CancellationToken);
            });
    }

    private static int Minutes(IResolveFieldContext context)
    {
        var minutes = context.GetArgument<int>("minutes");
        var horizon = context.RequestServices!.GetRequiredService<CoverageSettings>().Options.HorizonSeconds / 60;
        return minutes >= 1 && minutes <= horizon
            ? minutes
            : throw Rejection.BadInput("minutes", $"must be between 1 and {horizon} (the reach computed), was {minutes}");
    }

    private static string[] Kinds(IResolveFieldContext context) =>
        context.GetArgument<List<string>?>("kinds") is { Count: > 0 } list ? [.. list.Distinct()] : [.. Codes.StationKind.Codes];

    private static async Task<long?> CommunityAsync(IResolveFieldContext context)
    {
        long? requested = null;
        if (context.GetArgument<string?>("communityCode") is { } code)
        {
            await using var command = context.RequestServices!.GetRequiredService<NpgsqlDataSource>().CreateCommand("SELECT id FROM communities WHERE code = @code");
            command.Parameters.AddWithValue("code", code);
            requested = await command.ExecuteScalarAsync(context.CancellationToken) as long?
                ?? throw Rejection.BadInput("communityCode", $"no community has division code '{code}'");
        }

        return CurrentUser.Of(context.User).NarrowCommunity(requested);
    }
}
