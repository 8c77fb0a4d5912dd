using System.Globalization;
using FireMap.Api.Access;
using FireMap.Api.Errors;
using FireMap.Api.GraphQL;
using FireMap.Api.GraphQL.Paging;
using FireMap.Api.GraphQL.Types;
using FireMap.Spatial.Geometry;
using GraphQL;
using GraphQL.Types;
using GraphQL.Types.Relay;

namespace FireMap.Api.Blockages;

/// <summary>
/// Blockages of fire lanes: the list planners filter, and the report and clear changes, each
/// audited with the actor, the row before and after.
/// </summary>
public sealed class BlockageFields : IRootFields
{
    public const int MaxNoteLength = 500;

    public void AddQueries(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ConnectionType<BlockageGraphType>>>("blockages")
            .Allow(AccessRule.Read)
            .Description("Blockages meeting the conditions, ordered by id.")
            .Argument<BoundingBoxInputGraphType>("bbox", "Only blockages inside this WGS84 box.")
            .Argument<BooleanGraphType>("active", "true: only active; false: only cleared; absent: both.")
            .Argument<ListGraphType<NonNullGraphType<BlockageCauseGraphType>>>("cause", "Only these causes.")
            .Argument<DateTimeOffsetGraphType>("since", "Only blockages reported at or after this time.")
            .Argument<StringGraphType>("communityCode", "Only blockages in compounds of this community (division code).")
            .Argument<IntGraphType>("first", $"Page size, 1–{PageRequest.MaxSize}.")
            .Argument<StringGraphType>("after", "Cursor of the previous page's end.")
            .ResolveAsync(async context =>
            {
                var causes = context.GetArgument<List<string>?>("cause") is { Count: > 0 } list ? list : null;
                var query = new BlockageQuery(Arguments.Box(context), context.GetArgument<bool?>("active"), causes,
                    context.GetArgument<DateTimeOffset?>("since"), context.GetArgument<string?>("communityCode"),
                    CurrentUser.From(context.User)?.ReadCommunityId);
                var page = PageRequest.From(context.GetArgument<int?>("first"), context.GetArgument<string?>("after"));
                var blockages = context.RequestServices!.GetRequiredService<BlockageRepository>();
                var rows = await blockages.ListAsync(query, page.AfterId, page.First + 1, context.CancellationToken);
                int? total = context.SubFields?.ContainsKey("totalCount") == true ? await blockages.CountAsync(query, context.CancellationToken) : null;
                return ConnectionBuilder.Build(rows, page, b => b.Id, total);
            });
    }

    public void AddMutations(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<BlockageGraphType>>("reportBlockage")
            .Allow(AccessRule.ReportBlockage)
            .Description($"Reports an obstruction of a fire lane, given by laneId or by a point within {BlockageCommands.SnapToleranceMeters} m of a lane.")
            .Argument<NonNullGraphType<ReportBlockageInputGraphType>>("input", "The report.")
            .ResolveAsync(async context =>
            {
                var report = ReadReport(context.GetArgument<Dictionary<string, object?>>("input"));
                var commands = context.RequestServices!.GetRequiredService<BlockageCommands>();
                return await commands.ReportAsync(report, UserOf(context), context.CancellationToken);
            });

        mutation.Field<NonNullGraphType<BlockageGraphType>>("clearBlockage")
            .Allow(AccessRule.Operate)
            .Description("Clears an active blockage. Clearing one that is already cleared is a CONFLICT.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "Id of the blockage.")
            .Argument<StringGraphType>("note", $"How it was resolved, at most {MaxNoteLength} characters.")
            .Argument<IntGraphType>("expectedVersion", "The version the client saw; a different current version is a CONFLICT.")
            .ResolveAsync(async context =>
            {
                var id = Arguments.Id(context);
                var note = Note(context.GetArgument<string?>("note"), "note");
                var commands = context.RequestServices!.GetRequiredService<BlockageCommands>();
                return await commands.ClearAsync(id, note, context.GetArgument<int?>("expectedVersion"), UserOf(context), context.CancellationToken);
            });
    }

    private static ReportBlockage ReadReport(Dictionary<string, object?> input)
    {
        var laneText = input.GetValueOrDefault("laneId")?.ToString();
        var point = input.GetValueOrDefault("point") as Dictionary<string, object?>;
        if ((laneText is null) == (point is null))
        {
            throw Rejection.BadInput("input", "give exactly one of laneId and point");
        }

        long? laneId = null;
        if (laneText is not null)
        {
            laneId = long.TryParse(laneText, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0
                ? id
                : throw Rejection.BadInput("laneId", $"'{laneText}' is not an id of this service");
        }

        GeoPoint? location = null;
        if (point is not null)
        {
            location = GeoPoint.TryCreate(Convert.ToDouble(point["lon"], CultureInfo.InvariantCulture),
                Convert.ToDouble(point["lat"], CultureInfo.InvariantCulture), out var error)
                ?? throw Rejection.BadInput("point", error!);
        }

        var remaining = Convert.ToDouble(input["remainingWidthMeters"], CultureInfo.InvariantCulture);
        if (!double.IsFinite(remaining) || remaining < 0)
        {
            throw Rejection.BadInput("remainingWidthMeters", $"must be 0 or more, was {remaining}");
        }

        return new ReportBlockage(laneId, location, (string)input["cause"]!, remaining, Note(input.GetValueOrDefault("note") as string, "note"));
    }

    private static string? Note(string? note, string argument) =>
        note is { Length: > MaxNoteLength } ? throw Rejection.BadInput(argument, $"is longer than {MaxNoteLength} characters") : note?.Trim();

    private static CurrentUser UserOf(IResolveFieldContext context) =>
        CurrentUser.Of(context.User);
}
