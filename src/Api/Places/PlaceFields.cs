using FireMap.Api.Access;
using FireMap.Api.GraphQL;
using GraphQL;
using GraphQL.Types;

namespace FireMap.Api.Places;

/// <summary>The record edit of a place; places are read through the proximity queries and the layers.</summary>
public sealed class PlaceFields : IRootFields
{
    private static readonly IReadOnlyDictionary<string, RecordInput.Column> _columns = new Dictionary<string, RecordInput.Column>(StringComparer.Ordinal)
    {
        ["responsibleUnit"] = RecordInput.Text("responsible_unit"),
        ["selfInspectionDate"] = RecordInput.Date("self_inspection_date"),
    };

    public void AddQueries(ObjectGraphType query)
    {
    }

    public void AddMutations(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<PlaceGraphType>>("updatePlace")
            .Allow(AccessRule.Operate)
            .Description("Changes a place's responsible unit and self-inspection date. A stale expectedVersion is a CONFLICT.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "Id of the place.")
            .Argument<NonNullGraphType<UpdatePlaceInputGraphType>>("input", "The fields to change.")
            .Argument<NonNullGraphType<IntGraphType>>("expectedVersion", "The version the client saw.")
            .ResolveAsync(async context =>
            {
                var id = Arguments.Id(context);
                var columns = RecordInput.Columns(context.GetArgument<Dictionary<string, object?>>("input"), _columns);
                var user = CurrentUser.Of(context.User);
                return await context.RequestServices!.GetRequiredService<PlaceCommands>()
                    .UpdateAsync(id, columns, context.GetArgument<int>("expectedVersion"), user, context.CancellationToken);
            });
    }
}
