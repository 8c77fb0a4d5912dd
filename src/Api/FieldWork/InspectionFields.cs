using FireMap.Api.Access;
using FireMap.Api.Errors;
using FireMap.Api.GraphQL;
using FireMap.Api.GraphQL.Paging;
using GraphQL;
using GraphQL.Types;

namespace FireMap.Api.FieldWork;

/// <summary>Checklists, inspections and coverage: the queries and <c>recordInspection</c>. Community and grid users read their community only (in SQL).</summary>
public sealed class InspectionFields : IRootFields
{
    public void AddQueries(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<InspectionChecklistGraphType>>>>("inspectionChecklists")
            .Allow(AccessRule.Read)
            .Description("The inspection checklists per kind of subject, from the configuration file, in the order they are tried.")
            .Resolve(context => context.RequestServices!.GetRequiredService<ChecklistBook>().Checklists);

        query.Field<InspectionChecklistGraphType>("inspectionChecklist")
            .Allow(AccessRule.Read)
            .Description("The checklist that applies to one subject; null when none does. NOT_FOUND for an unknown subject.")
            .Argument<NonNullGraphType<Hazards.HazardSubjectTypeGraphType>>("subjectType", "Kind of subject.")
            .Argument<NonNullGraphType<IdGraphType>>("subjectId", "Id of the subject.")
            .ResolveAsync(async context => await context.RequestServices!.GetRequiredService<InspectionCoverageRepository>()
                .ChecklistForAsync(context.GetArgument<string>("subjectType"), Arguments.Id(context, "subjectId"), context.CancellationToken));

        query.Field<InspectionGraphType>("inspection")
            .Allow(AccessRule.Read)
            .Description("One inspection by id; null when there is none in the reader's scope.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "Id of the inspection.")
            .ResolveAsync(async context => await context.RequestServices!.GetRequiredService<InspectionRepository>()
                .FindAsync(Arguments.Id(context), CurrentUser.From(context.User)?.ReadCommunityId, context.CancellationToken));

        query.Field<NonNullGraphType<InspectionConnectionGraphType>>("inspections")
            .Allow(AccessRule.Read)
            .Description("Inspections meeting the filter, newest first, with the total.")
            .Argument<InspectionFilterInputGraphType>("filter", "Conditions; absent: every inspection in scope.")
            .Argument<IntGraphType>("first", $"Page size, 1–{PageRequest.MaxSize}.")
            .Argument<StringGraphType>("after", "Cursor of the previous page's end.")
            .ResolveAsync(async context =>
            {
                var filter = Filter(context);
                var page = PageRequest.From(context.GetArgument<int?>("first"), context.GetArgument<string?>("after"));
                var repository = context.RequestServices!.GetRequiredService<InspectionRepository>();
                var rows = await repository.ListAsync(filter, page.AfterId, page.First + 1, context.CancellationToken);
                var total = await BoxPagedField.TotalIfAskedAsync(context, () => repository.CountAsync(filter, context.CancellationToken));
                return ConnectionBuilder.Build(rows, page, i => i.Id, total);
            });

        query.Field<NonNullGraphType<InspectionCoverageGraphType>>("inspectionCoverage")
            .Allow(AccessRule.Read)
            .Description("What share of high-rise buildings, compounds and places by category were inspected in a period, and which were not.")
            .Argument<NonNullGraphType<PeriodInputGraphType>>("period", "The period, China-time dates, at most 366 days.")
            .Argument<StringGraphType>("communityCode", "Only this community (division code).")
            .Argument<StringGraphType>("gridCode", "Only this grid.")
            .ResolveAsync(async context =>
            {
                var period = context.GetArgument<Dictionary<string, object?>>("period");
                var (from, to) = Period((DateOnly)period["from"]!, (DateOnly)period["to"]!);
                var user = CurrentUser.Of(context.User);
                var scope = user.ReadCommunityId;
                return await context.RequestServices!.GetRequiredService<InspectionCoverageRepository>().CoverageAsync(
                    new CoverageQuery(from, to, scope, context.GetArgument<string?>("communityCode"), context.GetArgument<string?>("gridCode")),
                    context.CancellationToken);
            });
    }

    public void AddMutations(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<InspectionGraphType>>("recordInspection")
            .Allow(AccessRule.Operate)
            .Description("Records an inspection; a failed item with raiseHazard reports a hazard through the hazard workflow, all in one transaction.")
            .Argument<NonNullGraphType<RecordInspectionInputGraphType>>("input", "The inspection.")
            .ResolveAsync(async context =>
            {
                var input = FieldInputs.Inspection(context.GetArgument<Dictionary<string, object?>>("input"));
                return await context.RequestServices!.GetRequiredService<InspectionCommands>().RecordAsync(input, CurrentUser.Of(context.User), context.CancellationToken);
            });
    }

    /// <summary>Checks a period: from not after to, at most 366 days.</summary>
    public static (DateOnly From, DateOnly To) Period(DateOnly from, DateOnly to) =>
        to < from ? throw Rejection.BadInput("period", $"to ({to:yyyy-MM-dd}) is before from ({from:yyyy-MM-dd})")
        : to.DayNumber - from.DayNumber > 365 ? throw Rejection.BadInput("period", "at most 366 days")
        : (from, to);

    private static InspectionQuery Filter(IResolveFieldContext context)
    {
        var filter = context.GetArgument<Dictionary<string, object?>?>("filter") ?? [];
        var subjectId = FieldInputs.OptionalId(filter.GetValueOrDefault("subjectId"), "subjectId");
        var kinds = filter.GetValueOrDefault("kind") is IEnumerable<object?> values && values.OfType<string>().ToList() is { Count: > 0 } list ? list : null;
        return new InspectionQuery(CurrentUser.From(context.User)?.ReadCommunityId,
            filter.GetValueOrDefault("communityCode") as string, filter.GetValueOrDefault("gridCode") as string,
            filter.GetValueOrDefault("subjectType") as string, subjectId, kinds,
            filter.GetValueOrDefault("from") as DateOnly?, filter.GetValueOrDefault("to") as DateOnly?,
            FieldInputs.OptionalId(filter.GetValueOrDefault("inspectorId"), "inspectorId"));
    }
}
