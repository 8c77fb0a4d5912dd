using FireMap.Api.Access;
using FireMap.Api.Errors;
using FireMap.Api.GraphQL;
using FireMap.Api.GraphQL.Paging;
using FireMap.Api.Hazards;
using GraphQL;
using GraphQL.Types;

namespace FireMap.Api.FieldWork;

/// <summary>
/// The register of vulnerable residents and the door-knock visits: personal data under the <c>personal</c> rule,
/// scoped to the community (community staff) or the grids (grid workers), every resident read audited.
/// </summary>
public sealed class VisitFields : IRootFields
{
    public const int DefaultFrequencyDays = 7;

    public void AddQueries(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<VulnerableResidentConnectionGraphType>>("vulnerableResidents")
            .Allow(AccessRule.Personal)
            .Description("Registered vulnerable residents meeting the filter, by id, with the total; each one returned is an audited read.")
            .Argument<VulnerableResidentFilterInputGraphType>("filter", "Conditions; absent: every resident in scope.")
            .Argument<IntGraphType>("first", $"Page size, 1–{PageRequest.MaxSize}.")
            .Argument<StringGraphType>("after", "Cursor of the previous page's end.")
            .ResolveAsync(async context =>
            {
                var services = context.RequestServices!;
                var filter = context.GetArgument<Dictionary<string, object?>?>("filter") ?? [];
                var categories = filter.GetValueOrDefault("category") is IEnumerable<object?> values && values.OfType<string>().ToList() is { Count: > 0 } list ? list : null;
                var residentQuery = new ResidentQuery(services.GetRequiredService<HazardCalendar>().Today, filter.GetValueOrDefault("communityCode") as string,
                    filter.GetValueOrDefault("gridCode") as string, FieldInputs.OptionalId(filter.GetValueOrDefault("buildingId"), "buildingId"), categories,
                    filter.GetValueOrDefault("overdue") as bool?);
                var page = PageRequest.From(context.GetArgument<int?>("first"), context.GetArgument<string?>("after"));
                var user = CurrentUser.Of(context.User);
                var residents = services.GetRequiredService<ResidentRepository>();
                var rows = await residents.ListAsync(residentQuery, user, page.AfterId, page.First + 1, page.First, context.CancellationToken);
                var total = await BoxPagedField.TotalIfAskedAsync(context, () => residents.CountAsync(residentQuery, user, context.CancellationToken));
                return ConnectionBuilder.Build(rows, page, r => r.Id, total);
            });

        query.Field<VulnerableResidentGraphType>("vulnerableResident")
            .Allow(AccessRule.Personal)
            .Description("One registered resident by id (an audited read); null outside the reader's scope.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "Id of the resident.")
            .ResolveAsync(async context =>
            {
                var id = Arguments.Id(context);
                var found = await context.RequestServices!.GetRequiredService<ResidentRepository>().ByIdsAsync([id], CurrentUser.Of(context.User), context.CancellationToken);
                return found.GetValueOrDefault(id);
            });

        query.Field<NonNullGraphType<VisitConnectionGraphType>>("visits")
            .Allow(AccessRule.Personal)
            .Description("Door-knock visits meeting the filter, newest first, with the total.")
            .Argument<VisitFilterInputGraphType>("filter", "Conditions; absent: every visit in scope.")
            .Argument<IntGraphType>("first", $"Page size, 1–{PageRequest.MaxSize}.")
            .Argument<StringGraphType>("after", "Cursor of the previous page's end.")
            .ResolveAsync(async context =>
            {
                var filter = context.GetArgument<Dictionary<string, object?>?>("filter") ?? [];
                var visitQuery = new VisitQuery(filter.GetValueOrDefault("communityCode") as string, filter.GetValueOrDefault("gridCode") as string,
                    FieldInputs.OptionalId(filter.GetValueOrDefault("residentId"), "residentId"), filter.GetValueOrDefault("from") as DateOnly?,
                    filter.GetValueOrDefault("to") as DateOnly?, FieldInputs.OptionalId(filter.GetValueOrDefault("visitorId"), "visitorId"));
                var page = PageRequest.From(context.GetArgument<int?>("first"), context.GetArgument<string?>("after"));
                var user = CurrentUser.Of(context.User);
                var visits = context.RequestServices!.GetRequiredService<VisitRepository>();
                var rows = await visits.ListAsync(visitQuery, user, page.AfterId, page.First + 1, context.CancellationToken);
                var total = await BoxPagedField.TotalIfAskedAsync(context, () => visits.CountAsync(visitQuery, user, context.CancellationToken));
                return ConnectionBuilder.Build(rows, page, v => v.Id, total);
            });

        query.Field<VisitGraphType>("visit")
            .Allow(AccessRule.Personal)
            .Description("One visit by id; null outside the reader's scope.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "Id of the visit.")
            .ResolveAsync(async context => (await context.RequestServices!.GetRequiredService<VisitRepository>()
                .ListAsync(new VisitQuery(VisitId: Arguments.Id(context)), CurrentUser.Of(context.User), null, 1, context.CancellationToken)).SingleOrDefault());
    }

    public void AddMutations(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<VulnerableResidentGraphType>>("saveVulnerableResident")
            .Allow(AccessRule.Personal)
            .Description("Registers a resident (no id) or changes one (id and expectedVersion; CONFLICT when stale). An address that matches no building is BAD_USER_INPUT unless buildingId is given.")
            .Argument<IdGraphType>("id", "Id of the resident to change; absent to register one.")
            .Argument<IntGraphType>("expectedVersion", "The version the client saw (with id).")
            .Argument<NonNullGraphType<VulnerableResidentInputGraphType>>("input", "The resident.")
            .ResolveAsync(async context =>
            {
                long? id = context.HasArgument("id") && context.GetArgument<string?>("id") is not null ? Arguments.Id(context) : null;
                var input = Resident(context.GetArgument<Dictionary<string, object?>>("input"));
                return await context.RequestServices!.GetRequiredService<ResidentCommands>().SaveAsync(id, context.GetArgument<int?>("expectedVersion"), input,
                    CurrentUser.Of(context.User), context.CancellationToken);
            });

        mutation.Field<NonNullGraphType<BooleanGraphType>>("removeVulnerableResident")
            .Allow(AccessRule.Personal)
            .Description("Removes a resident from the register (moved away, deceased) with their visits. CONFLICT when stale.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "Id of the resident.")
            .Argument<NonNullGraphType<IntGraphType>>("expectedVersion", "The version the client saw.")
            .ResolveAsync(async context => await context.RequestServices!.GetRequiredService<ResidentCommands>().RemoveAsync(Arguments.Id(context),
                context.GetArgument<int>("expectedVersion"), CurrentUser.Of(context.User), context.CancellationToken));

        mutation.Field<NonNullGraphType<VisitGraphType>>("recordVisit")
            .Allow(AccessRule.Personal)
            .Description("Records a door-knock visit; raiseHazard reports a hazard on the resident's building in the same transaction.")
            .Argument<NonNullGraphType<RecordVisitInputGraphType>>("input", "The visit.")
            .ResolveAsync(async context => await context.RequestServices!.GetRequiredService<VisitCommands>().RecordAsync(
                Visit(context.GetArgument<Dictionary<string, object?>>("input")), CurrentUser.Of(context.User), context.CancellationToken));
    }

    private static SaveResident Resident(Dictionary<string, object?> input)
    {
        var frequency = input.GetValueOrDefault("visitFrequencyDays") as int? ?? DefaultFrequencyDays;
        if (frequency is < 1 or > 90)
        {
            throw Rejection.BadInput("visitFrequencyDays", "must be between 1 and 90 days");
        }

        return new SaveResident(FieldInputs.Required(input.GetValueOrDefault("name") as string, "name", FieldInputs.MaxNameLength), (string)input["category"]!,
            FieldInputs.Required(input.GetValueOrDefault("address") as string, "address", FieldInputs.MaxNameLength * 2),
            FieldInputs.OptionalId(input.GetValueOrDefault("buildingId"), "buildingId"),
            FieldInputs.Optional(input.GetValueOrDefault("phone") as string, "phone", 40),
            FieldInputs.Optional(input.GetValueOrDefault("contactPerson") as string, "contactPerson", FieldInputs.MaxNameLength),
            FieldInputs.Optional(input.GetValueOrDefault("contactPhone") as string, "contactPhone", 40), frequency,
            FieldInputs.Optional(input.GetValueOrDefault("notes") as string, "notes", FieldInputs.MaxNotesLength));
    }

    private static RecordVisit Visit(Dictionary<string, object?> input)
    {
        var checks = new List<VisitCheck>();
        foreach (var (check, i) in FieldInputs.List(input, "checks").Select((c, i) => (c, i)))
        {
            var item = (string)check["item"]!;
            if (checks.Any(c => c.Item == item))
            {
                throw Rejection.BadInput($"checks[{i}].item", $"'{item}' is checked twice");
            }

            checks.Add(new VisitCheck(item, (string)check["result"]!, FieldInputs.Optional(check.GetValueOrDefault("note") as string, $"checks[{i}].note", FieldInputs.MaxTextLength)));
        }

        var raise = input.GetValueOrDefault("raiseHazard") is Dictionary<string, object?> r ? FieldInputs.Raise(r, "raiseHazard", withCategory: true) : null;
        return new RecordVisit(FieldInputs.Id(input.GetValueOrDefault("residentId"), "residentId"), input.GetValueOrDefault("visitedAt") as DateTimeOffset?, checks,
            FieldInputs.Optional(input.GetValueOrDefault("notes") as string, "notes", FieldInputs.MaxNotesLength), FieldInputs.Photos(input), raise);
    }
}
