using System.Globalization;
using FireMap.Api.Access;
using FireMap.Api.Errors;
using FireMap.Api.GraphQL;
using FireMap.Api.Security;
using FireMap.Spatial.Geometry;
using GraphQL;
using GraphQL.Types;

namespace FireMap.Api.Duty;

/// <summary>Duty and readiness (值守与战备): rosters, event venues, readiness checks and the coverage of the next holiday.</summary>
public sealed class DutyFields(TimeProvider time) : IRootFields
{
    public void AddQueries(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<DutyRosterGraphType>>>>("dutyRosters")
            .Allow(AccessRule.Read)
            .Description("Duty posts overlapping the days asked, ordered by first day (at most 5000).")
            .Argument<DateOnlyGraphType>("from", "Only posts ending on or after this day.")
            .Argument<DateOnlyGraphType>("to", "Only posts starting on or before this day.")
            .Argument<DutyKindGraphType>("kind", "Only this kind.")
            .Argument<StringGraphType>("communityCode", "Only this community.")
            .ResolveAsync(async context => await Repository(context).RostersAsync(context.GetArgument<DateOnly?>("from"), context.GetArgument<DateOnly?>("to"),
                context.GetArgument<string?>("kind"), context.GetArgument<string?>("communityCode"), Scope(context), context.CancellationToken));

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<EventVenueGraphType>>>>("eventVenues")
            .Allow(AccessRule.Read)
            .Description("Venues of major events, ordered by first day (at most 5000).")
            .Argument<DateOnlyGraphType>("from", "Only events ending on or after this day.")
            .Argument<StringGraphType>("communityCode", "Only this community.")
            .ResolveAsync(async context => await Repository(context).VenuesAsync(context.GetArgument<DateOnly?>("from"),
                context.GetArgument<string?>("communityCode"), Scope(context), context.CancellationToken));

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ReadinessCheckGraphType>>>>("readinessChecks")
            .Allow(AccessRule.Read)
            .Description("Readiness checks, newest first (at most 5000).")
            .Argument<DateOnlyGraphType>("from", "Only checks on or after this day.")
            .Argument<IdGraphType>("stationId", "Only this station.")
            .ResolveAsync(async context => await Repository(context).ChecksAsync(context.GetArgument<DateOnly?>("from"),
                context.HasArgument("stationId") ? Arguments.Id(context, "stationId") : null, Scope(context), context.CancellationToken));

        query.Field<NonNullGraphType<DutyCoverageGraphType>>("dutyCoverage")
            .Allow(AccessRule.Read)
            .Description("Duty coverage of the next holiday or major event: its days × rostered posts, and the days without any.")
            .Argument<StringGraphType>("communityCode", "Only posts of this community.")
            .ResolveAsync(async context => await Repository(context).CoverageAsync(Today, context.GetArgument<string?>("communityCode"), Scope(context),
                context.CancellationToken));
    }

    public void AddMutations(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<DutyRosterGraphType>>("saveDutyRoster")
            .Allow(AccessRule.Operate)
            .Description("Creates a duty post (no id) or replaces one (id and expectedVersion) in the user's community.")
            .Argument<IdGraphType>("id", "Id of the post to replace.")
            .Argument<IntGraphType>("expectedVersion", "With id: the version the client saw; a different current version is a CONFLICT.")
            .Argument<NonNullGraphType<DutyRosterInputGraphType>>("input", "The post.")
            .ResolveAsync(async context =>
            {
                var input = context.GetArgument<Dictionary<string, object?>>("input");
                var (starts, ends) = Days(input);
                var posts = (int)input["posts"]!;
                if (posts is < 1 or > 1000)
                {
                    throw Rejection.BadInput("posts", "must be 1–1000");
                }

                var roster = new DutyRosterInput((string)input["kind"]!, Text(input, "title", 200, required: true)!, Text(input, "communityCode", 50, required: true)!,
                    Id(input, "placeId"), Id(input, "venueId"), starts, ends, posts, Text(input, "leader", 100), Text(input, "note", 1000));
                var (id, version) = Target(context);
                return await Repository(context).SaveRosterAsync(id, version, roster, CurrentUser.Of(context.User), context.CancellationToken);
            });

        mutation.Field<NonNullGraphType<EventVenueGraphType>>("saveEventVenue")
            .Allow(AccessRule.Operate)
            .Description("Creates an event venue (no id) or replaces one (id and expectedVersion) in the user's community.")
            .Argument<IdGraphType>("id", "Id of the venue to replace.")
            .Argument<IntGraphType>("expectedVersion", "With id: the version the client saw.")
            .Argument<NonNullGraphType<EventVenueInputGraphType>>("input", "The venue.")
            .ResolveAsync(async context =>
            {
                var input = context.GetArgument<Dictionary<string, object?>>("input");
                var (starts, ends) = Days(input);
                var point = (Dictionary<string, object?>)input["point"]!;
                var location = GeoPoint.TryCreate(Convert.ToDouble(point["lon"], CultureInfo.InvariantCulture), Convert.ToDouble(point["lat"], CultureInfo.InvariantCulture),
                    out var error) ?? throw Rejection.BadInput("point", error!);
                var venue = new EventVenueInput(Text(input, "eventName", 200, required: true)!, Text(input, "venueName", 200, required: true)!,
                    Text(input, "communityCode", 50, required: true)!, Id(input, "placeId"), starts, ends, input.GetValueOrDefault("inspectedOn") as DateOnly?,
                    input.GetValueOrDefault("riskLevel") as string, Text(input, "assessment", 2000), location);
                var (id, version) = Target(context);
                return await Repository(context).SaveVenueAsync(id, version, venue, CurrentUser.Of(context.User), context.CancellationToken);
            });

        mutation.Field<NonNullGraphType<ReadinessCheckGraphType>>("recordReadinessCheck")
            .Allow(AccessRule.Operate)
            .Description("Records a readiness check of a micro fire station or the sub-district brigade in the user's scope.")
            .Argument<NonNullGraphType<ReadinessCheckInputGraphType>>("input", "The check.")
            .ResolveAsync(async context =>
            {
                var input = context.GetArgument<Dictionary<string, object?>>("input");
                var on = (DateOnly)input["checkedOn"]!;
                if (on > Today)
                {
                    throw Rejection.BadInput("checkedOn", "is after today");
                }

                var staff = (int)input["staffOnDuty"]!;
                if (staff is < 0 or > 500)
                {
                    throw Rejection.BadInput("staffOnDuty", "must be 0–500");
                }

                var check = new ReadinessCheckInput(Id(input, "stationId")!.Value, on, (bool)input["equipmentOk"]!, staff, (bool)input["drillDone"]!,
                    (bool)input["jointTraining"]!, Text(input, "note", 1000));
                return await Repository(context).RecordCheckAsync(check, CurrentUser.Of(context.User), context.CancellationToken);
            });
    }

    private DateOnly Today => DateOnly.FromDateTime(time.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).DateTime);

    private static DutyRepository Repository(IResolveFieldContext context) => context.RequestServices!.GetRequiredService<DutyRepository>();

    private static long? Scope(IResolveFieldContext context) => CurrentUser.Of(context.User).ReadCommunityId;

    private static (long? Id, int? Version) Target(IResolveFieldContext context)
    {
        if (!context.HasArgument("id"))
        {
            return (null, null);
        }

        var version = context.GetArgument<int?>("expectedVersion") ?? throw Rejection.BadInput("expectedVersion", "is required with id");
        return (Arguments.Id(context), version);
    }

    private static (DateOnly Starts, DateOnly Ends) Days(Dictionary<string, object?> input)
    {
        var starts = (DateOnly)input["startsOn"]!;
        var ends = (DateOnly)input["endsOn"]!;
        return ends < starts ? throw Rejection.BadInput("endsOn", "is before startsOn") : (starts, ends);
    }

    private static long? Id(Dictionary<string, object?> input, string name) =>
        input.GetValueOrDefault(name)?.ToString() is not { } text ? null
        : long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0 ? id
        : throw Rejection.BadInput(name, $"'{text}' is not an id of this service");

    private static string? Text(Dictionary<string, object?> input, string name, int max, bool required = false)
    {
        var text = (input.GetValueOrDefault(name) as string)?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return required ? throw Rejection.BadInput(name, "must not be empty") : null;
        }

        if (text.Length > max)
        {
            throw Rejection.BadInput(name, $"is longer than {max} characters");
        }

        return TextInput.FindProblem(text) is { } problem ? throw Rejection.BadInput(name, problem) : text;
    }
}
