using System.Globalization;
using FireMap.Api.Access;
using FireMap.Api.Errors;
using FireMap.Api.GraphQL;
using FireMap.Api.GraphQL.Paging;
using FireMap.Api.Security;
using FireMap.Spatial.Geometry;
using GraphQL;
using GraphQL.Types;
using GraphQL.Types.Relay;

namespace FireMap.Api.Incidents;

/// <summary>Incidents: the list, statistics by cause, month and community, this winter against last, and entry and edit (operate, scoped, audited).</summary>
public sealed class IncidentFields(TimeProvider time) : IRootFields
{
    public const int MaxDescription = 1000;

    public void AddQueries(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ConnectionType<IncidentGraphType>>>("incidents")
            .Allow(AccessRule.Read)
            .Description("Recorded fires, ordered by id.")
            .Argument<DateTimeOffsetGraphType>("from", "Only fires at or after this time.")
            .Argument<DateTimeOffsetGraphType>("to", "Only fires before this time.")
            .Argument<ListGraphType<NonNullGraphType<IncidentCauseGraphType>>>("cause", "Only these causes.")
            .Argument<StringGraphType>("communityCode", "Only fires in this community.")
            .Argument<IntGraphType>("first", $"Page size, 1–{PageRequest.MaxSize}.")
            .Argument<StringGraphType>("after", "Cursor of the previous page's end.")
            .ResolveAsync(async context =>
            {
                var filter = Filter(context);
                var page = PageRequest.From(context.GetArgument<int?>("first"), context.GetArgument<string?>("after"));
                var incidents = context.RequestServices!.GetRequiredService<IncidentRepository>();
                var rows = await incidents.ListAsync(filter, page.AfterId, page.First + 1, context.CancellationToken);
                int? total = context.SubFields?.ContainsKey("totalCount") == true ? await incidents.CountAsync(filter, context.CancellationToken) : null;
                return ConnectionBuilder.Build(rows, page, i => i.Id, total);
            });

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<IncidentStatisticGraphType>>>>("incidentStatistics")
            .Allow(AccessRule.Read)
            .Description("Fires, casualties and losses grouped by cause, month or community.")
            .Argument<NonNullGraphType<IncidentGroupingGraphType>>("by", "How to group.")
            .Argument<DateTimeOffsetGraphType>("from", "Only fires at or after this time.")
            .Argument<DateTimeOffsetGraphType>("to", "Only fires before this time.")
            .Argument<ListGraphType<NonNullGraphType<IncidentCauseGraphType>>>("cause", "Only these causes.")
            .Argument<StringGraphType>("communityCode", "Only fires in this community.")
            .ResolveAsync(async context => await context.RequestServices!.GetRequiredService<IncidentRepository>()
                .StatisticsAsync(Filter(context), context.GetArgument<string>("by"), context.CancellationToken));

        query.Field<NonNullGraphType<WinterComparisonGraphType>>("incidentWinterComparison")
            .Allow(AccessRule.Read)
            .Description("This winter's fires against last winter's (the seed's outcome goals).")
            .Argument<StringGraphType>("communityCode", "Only fires in this community.")
            .ResolveAsync(async context =>
            {
                var incidents = context.RequestServices!.GetRequiredService<IncidentRepository>();
                var today = DateOnly.FromDateTime(time.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).DateTime);
                var start = WinterComparison.WinterStart(today);
                var end = new DateOnly(start.Year + 1, 3, 31);
                var to = today < end ? today : end;
                var community = context.GetArgument<string?>("communityCode");
                var scope = CurrentUser.Of(context.User).ReadCommunityId;
                async Task<IncidentStatistic> SumAsync(DateOnly from, DateOnly last)
                {
                    var rows = await incidents.StatisticsAsync(new IncidentQuery(WinterComparison.At(from), WinterComparison.At(last.AddDays(1)), null, community, scope),
                        "cause", context.CancellationToken);
                    return new IncidentStatistic($"{from:yyyy-MM-dd}/{last:yyyy-MM-dd}", rows.Sum(r => r.Fires), rows.Sum(r => r.Casualties), rows.Sum(r => r.LossCny));
                }

                return new WinterComparison(start, to, await SumAsync(start, to), await SumAsync(start.AddYears(-1), to.AddYears(-1)),
                    await SumAsync(start.AddYears(-1), end.AddYears(-1)));
            });
    }

    public void AddMutations(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<IncidentGraphType>>("enterIncident")
            .Allow(AccessRule.Operate)
            .Description("Records a fire inside the user's scope.")
            .Argument<NonNullGraphType<IncidentInputGraphType>>("input", "The fire.")
            .ResolveAsync(async context =>
            {
                var input = Read(context.GetArgument<Dictionary<string, object?>>("input"));
                if (input.OccurredAt is null || input.Cause is null || input.Point is null)
                {
                    throw Rejection.BadInput("input", "occurredAt, cause and point are required");
                }

                return await context.RequestServices!.GetRequiredService<IncidentRepository>().EnterAsync(input, CurrentUser.Of(context.User), context.CancellationToken);
            });

        mutation.Field<NonNullGraphType<IncidentGraphType>>("editIncident")
            .Allow(AccessRule.Operate)
            .Description("Changes a recorded fire inside the user's scope.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "Id of the incident.")
            .Argument<NonNullGraphType<IntGraphType>>("expectedVersion", "The version the client saw; a different current version is a CONFLICT.")
            .Argument<NonNullGraphType<IncidentInputGraphType>>("input", "What changes.")
            .ResolveAsync(async context => await context.RequestServices!.GetRequiredService<IncidentRepository>().EditAsync(Arguments.Id(context),
                context.GetArgument<int>("expectedVersion"), Read(context.GetArgument<Dictionary<string, object?>>("input")), CurrentUser.Of(context.User),
                context.CancellationToken));
    }

    private static IncidentQuery Filter(IResolveFieldContext context) => new(
        context.GetArgument<DateTimeOffset?>("from"), context.GetArgument<DateTimeOffset?>("to"),
        context.GetArgument<List<string>?>("cause") is { Count: > 0 } causes ? causes : null,
        context.GetArgument<string?>("communityCode"), CurrentUser.Of(context.User).ReadCommunityId);

    private IncidentInput Read(Dictionary<string, object?> input)
    {
        var occurred = input.GetValueOrDefault("occurredAt") as DateTimeOffset?;
        if (occurred > time.GetUtcNow().AddMinutes(5))
        {
            throw Rejection.BadInput("occurredAt", "is in the future");
        }

        GeoPoint? point = null;
        if (input.GetValueOrDefault("point") is Dictionary<string, object?> p)
        {
            point = GeoPoint.TryCreate(Convert.ToDouble(p["lon"], CultureInfo.InvariantCulture), Convert.ToDouble(p["lat"], CultureInfo.InvariantCulture), out var error)
                ?? throw Rejection.BadInput("point", error!);
        }

        var casualties = input.GetValueOrDefault("casualties") as int?;
        if (casualties < 0)
        {
            throw Rejection.BadInput("casualties", "must be 0 or more");
        }

        var loss = input.GetValueOrDefault("lossCny") as decimal?;
        if (loss < 0)
        {
            throw Rejection.BadInput("lossCny", "must be 0 or more");
        }

        var description = (input.GetValueOrDefault("description") as string)?.Trim();
        if (description is { Length: > MaxDescription })
        {
            throw Rejection.BadInput("description", $"is longer than {MaxDescription} characters");
        }

        if (description is not null && TextInput.FindProblem(description) is { } problem)
        {
            throw Rejection.BadInput("description", problem);
        }

        return new IncidentInput(occurred, input.GetValueOrDefault("cause") as string, point, Id(input, "buildingId"), Id(input, "placeId"),
            casualties, loss, description);
    }

    private static long? Id(Dictionary<string, object?> input, string name) =>
        input.GetValueOrDefault(name)?.ToString() is not { } text ? null
        : long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0 ? id
        : throw Rejection.BadInput(name, $"'{text}' is not an id of this service");
}
