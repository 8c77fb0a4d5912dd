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

        BoxPagedField.Add<BuildingGraphType, BuildingRecord>(query, "buildings", "Buildings whose footprint meets the box, ordered by id.",
            async (context, box, page) =>
            {
                var repository = context.RequestServices!.GetRequiredService<BuildingRepository>();
                var scope = CurrentUser.Of(context.User).ReadCommunityId;
                var rows = await repository.ListAsync(box, scope, page.AfterId, page.First + 1, context.CancellationToken);
                var total = await BoxPagedField.TotalIfAskedAsync(context, () => repository.CountAsync(box, scope, context.CancellationToken));
                return ConnectionBuilder.Build(rows, page, b => b.Id, total);
            });
    }
}
