using FireMap.Api.Access;
using FireMap.Api.Errors;
using FireMap.Api.GraphQL;
using FireMap.Api.GraphQL.Paging;
using GraphQL;
using GraphQL.Types;

namespace FireMap.Api.Buildings;

/// <summary>Queries of buildings: one by id, and pages of those meeting a box.</summary>
public sealed class BuildingFields : IRootFields
{
    public void AddQueries(ObjectGraphType query)
    {
        query.Field<BuildingGraphType>("building")
            .Allow(AccessRule.Read)
            .Description("One building by id; NOT_FOUND when no building has that id.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "Id of the building.")
            .ResolveAsync(async context =>
            {
                var id = Arguments.Id(context);
                return await context.RequestServices!.GetRequiredService<BuildingRepository>().FindAsync(id, context.CancellationToken)
                    ?? throw Rejection.NotFound("building", id);
            });

        var buildings = BoxPagedField.Add<BuildingGraphType, BuildingRecord>(query, "buildings", "Buildings whose footprint meets the box, ordered by id.",
            async (context, box, page) =>
            {
                var repository = context.RequestServices!.GetRequiredService<BuildingRepository>();
                var scope = CurrentUser.Of(context.User).ReadCommunityId;
                var missing = context.GetArgument<List<string>?>("missing");
                var rows = await repository.ListAsync(box, scope, page.AfterId, page.First + 1, context.CancellationToken, missing);
                var total = await BoxPagedField.TotalIfAskedAsync(context, () => repository.CountAsync(box, scope, context.CancellationToken, missing));
                return ConnectionBuilder.Build(rows, page, b => b.Id, total);
            });
        buildings.Arguments!.Add(new QueryArgument<ListGraphType<NonNullGraphType<BuildingGapGraphType>>>
        {
            Name = "missing",
            Description = "Only buildings lacking any of these: management unit, maintenance contractor, building chief.",
        });
    }

    public void AddMutations(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<BuildingGraphType>>("updateBuilding")
            .Allow(AccessRule.Operate)
            .Description("Changes a building's record: units, building chief (personal rule only), fire systems, use, occupants. A stale expectedVersion is a CONFLICT.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "Id of the building.")
            .Argument<NonNullGraphType<UpdateBuildingInputGraphType>>("input", "The fields to change.")
            .Argument<NonNullGraphType<IntGraphType>>("expectedVersion", "The version the client saw.")
            .ResolveAsync(async context =>
            {
                var id = Arguments.Id(context);
                var columns = RecordInput.Columns(context.GetArgument<Dictionary<string, object?>>("input"), _columns);
                var user = CurrentUser.Of(context.User);
                return await context.RequestServices!.GetRequiredService<BuildingCommands>()
                    .UpdateAsync(id, columns, context.GetArgument<int>("expectedVersion"), user, context.CancellationToken);
            });
    }

    // Input field → column and how its value is checked.
    private static readonly IReadOnlyDictionary<string, RecordInput.Column> _columns = new Dictionary<string, RecordInput.Column>(StringComparer.Ordinal)
    {
        ["managementUnit"] = RecordInput.Text("management_unit"),
        ["maintenanceUnit"] = RecordInput.Text("maintenance_unit"),
        ["chiefName"] = RecordInput.Text("chief_name", 50),
        ["chiefPhone"] = RecordInput.Phone("chief_phone"),
        ["alarmSystem"] = RecordInput.Required("alarm_system"),
        ["smokeControlSystem"] = RecordInput.Required("smoke_control_system"),
        ["sprinklerSystem"] = RecordInput.Required("sprinkler_system"),
        ["hydrantSystem"] = RecordInput.Required("hydrant_system"),
        ["changedUse"] = RecordInput.Required("changed_use"),
        ["mixedUse"] = RecordInput.Required("mixed_use"),
        ["occupants"] = RecordInput.Count("occupants"),
    };
}
