using FireMap.Api.Access;
using FireMap.Api.Errors;
using FireMap.Api.GraphQL;
using FireMap.Api.GraphQL.Paging;
using GraphQL;
using GraphQL.Types;

namespace FireMap.Api.Compounds;

/// <summary>Queries of compounds: one by id, pages of those meeting a box, and those whose fire lanes admit an engine worst.</summary>
public sealed class CompoundFields : IRootFields
{
    public const int MaxWorstCompounds = 200;

    public void AddQueries(ObjectGraphType query)
    {
        query.Field<CompoundGraphType>("compound")
            .Allow(AccessRule.Read)
            .Description("One compound by id; NOT_FOUND when no compound has that id.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "Id of the compound.")
            .ResolveAsync(async context =>
            {
                var id = Arguments.Id(context);
                return await context.RequestServices!.GetRequiredService<CompoundRepository>().FindAsync(id, context.CancellationToken)
                    ?? throw Rejection.NotFound("compound", id);
            });

        BoxPagedField.Add<CompoundGraphType, CompoundRecord>(query, "compounds", "Compounds whose outline meets the box, ordered by id.",
            async (context, box, page) =>
            {
                var repository = context.RequestServices!.GetRequiredService<CompoundRepository>();
                var scope = CurrentUser.Of(context.User).ReadCommunityId;
                var rows = await repository.ListAsync(box, scope, page.AfterId, page.First + 1, context.CancellationToken);
                var total = await BoxPagedField.TotalIfAskedAsync(context, () => repository.CountAsync(box, scope, context.CancellationToken));
                return ConnectionBuilder.Build(rows, page, x => x.Id, total);
            });

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<CompoundGraphType>>>>("worstFireLaneCompounds")
            .Allow(AccessRule.Read)
            .Description("Compounds whose fire lanes admit a fire engine worst: worst state, then longest blocked length, most blockages, narrowest gap.")
            .Argument<StringGraphType>("communityCode", "Only compounds of this community (division code).")
            .Argument<IntGraphType>("first", $"How many, 1–{MaxWorstCompounds} (default 20).")
            .ResolveAsync(async context =>
            {
                var first = context.GetArgument<int?>("first") ?? 20;
                if (first is < 1 or > MaxWorstCompounds)
                {
                    throw Rejection.BadInput("first", $"must be between 1 and {MaxWorstCompounds}, was {first}");
                }

                return await context.RequestServices!.GetRequiredService<CompoundRepository>()
                    .WorstFireLaneAccessAsync(context.GetArgument<string?>("communityCode"), CurrentUser.Of(context.User).ReadCommunityId, first,
                        context.CancellationToken);
            });
    }

    public void AddMutations(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<CompoundGraphType>>("updateCompound")
            .Allow(AccessRule.Operate)
            .Description("Changes a compound's property management and maintenance contractor; an empty text clears one. A stale expectedVersion is a CONFLICT.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "Id of the compound.")
            .Argument<NonNullGraphType<UpdateCompoundInputGraphType>>("input", "The fields to change.")
            .Argument<NonNullGraphType<IntGraphType>>("expectedVersion", "The version the client saw.")
            .ResolveAsync(async context =>
            {
                var id = Arguments.Id(context);
                var columns = RecordInput.Columns(context.GetArgument<Dictionary<string, object?>>("input"), _columns);
                var user = CurrentUser.Of(context.User);
                return await context.RequestServices!.GetRequiredService<CompoundCommands>()
                    .UpdateAsync(id, columns, context.GetArgument<int>("expectedVersion"), user, context.CancellationToken);
            });
    }

    private static readonly IReadOnlyDictionary<string, RecordInput.Column> _columns = new Dictionary<string, RecordInput.Column>(StringComparer.Ordinal)
    {
        ["propertyManagementUnit"] = RecordInput.Text("property_management_unit"),
        ["maintenanceUnit"] = RecordInput.Text("maintenance_unit"),
    };
}
