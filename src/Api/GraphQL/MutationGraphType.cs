using FireMap.Api.Audit;
using FireMap.Api.Blockages;
using FireMap.Api.Database;
using FireMap.Api.GraphQL.Errors;
using FireMap.Api.GraphQL.Types;
using FireMap.Api.Risk.Schema;
using FireMap.Spatial.Geometry;
using GraphQL;
using GraphQL.Types;

namespace FireMap.Api.GraphQL;

/// <summary>The root of every change. Each change is audited: who, when, the row before and after.</summary>
public sealed class MutationGraphType : ObjectGraphType
{
    public const int MaxNoteLength = 500;

    public MutationGraphType()
    {
        Name = "Mutation";
        Description = "Changes. The actor recorded in the audit log is the signed-in user, or the X-FireMap-Actor header.";

        Field<NonNullGraphType<BlockageGraphType>>("reportBlockage")
            .Description($"Reports an obstruction of a fire lane, given by laneId or by a point within {BlockageCommands.SnapToleranceMeters} m of a lane.")
            .Argument<NonNullGraphType<ReportBlockageInputGraphType>>("input", "The report.")
            .ResolveAsync(async context =>
            {
                var report = ReadReport(context.GetArgument<Dictionary<string, object?>>("input"));
                var commands = context.RequestServices!.GetRequiredService<BlockageCommands>();
                return await RunAsync(() => commands.ReportAsync(report, ActorOf(context), context.CancellationToken));
            });

        Field<NonNullGraphType<BlockageGraphType>>("clearBlockage")
            .Description("Clears an active blockage. Clearing one that is already cleared is a CONFLICT.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "Id of the blockage.")
            .Argument<StringGraphType>("note", $"How it was resolved, at most {MaxNoteLength} characters.")
            .Argument<IntGraphType>("expectedVersion", "The version the client saw; a different current version is a CONFLICT.")
            .ResolveAsync(async context =>
            {
                var id = Arguments.Id(context);
                var note = Note(context.GetArgument<string?>("note"), "note");
                var commands = context.RequestServices!.GetRequiredService<BlockageCommands>();
                return await RunAsync(() => commands.ClearAsync(id, note, context.GetArgument<int?>("expectedVersion"), ActorOf(context), context.CancellationToken));
            });

        RiskMutations.AddTo(this);
    }

    private static ReportBlockage ReadReport(Dictionary<string, object?> input)
    {
        var laneText = input.GetValueOrDefault("laneId")?.ToString();
        var point = input.GetValueOrDefault("point") as Dictionary<string, object?>;
        if ((laneText is null) == (point is null))
        {
            throw new BadUserInputError("input", "give exactly one of laneId and point");
        }

        long? laneId = null;
        if (laneText is not null)
        {
            laneId = long.TryParse(laneText, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id) && id > 0
                ? id
                : throw new BadUserInputError("laneId", $"'{laneText}' is not an id of this service");
        }

        GeoPoint? location = null;
        if (point is not null)
        {
            location = GeoPoint.TryCreate(Convert.ToDouble(point["lon"], System.Globalization.CultureInfo.InvariantCulture),
                Convert.ToDouble(point["lat"], System.Globalization.CultureInfo.InvariantCulture), out var error)
                ?? throw new BadUserInputError("point", error!);
        }

        var remaining = Convert.ToDouble(input["remainingWidthMeters"], System.Globalization.CultureInfo.InvariantCulture);
        if (!double.IsFinite(remaining) || remaining < 0)
        {
            throw new BadUserInputError("remainingWidthMeters", $"must be 0 or more, was {remaining}");
        }

        return new ReportBlockage(laneId, location, (string)input["cause"]!, remaining, Note(input.GetValueOrDefault("note") as string, "note"));
    }

    private static string? Note(string? note, string argument) =>
        note is { Length: > MaxNoteLength } ? throw new BadUserInputError(argument, $"is longer than {MaxNoteLength} characters") : note?.Trim();

    private static string ActorOf(IResolveFieldContext context) =>
        Actor.Of(context.RequestServices!.GetService<IHttpContextAccessor>()?.HttpContext);

    private static async Task<T> RunAsync<T>(Func<Task<T>> command)
    {
        try
        {
            return await command();
        }
        catch (CommandRejectedException rejected)
        {
            throw new CommandRejectedError(rejected);
        }
    }
}
