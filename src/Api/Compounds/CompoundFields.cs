using FireMap.Api.Errors;
using FireMap.Api.GraphQL;
using FireMap.Api.GraphQL.Paging;
using GraphQL;
using GraphQL.Types;

namespace FireMap.Api.Compounds;

/// <summary>Queries of compounds: one by id, and pages of those meeting a box.</summary>
public sealed class CompoundFields : IRootFields
{
    public void AddQueries(ObjectGraphType query)
    {
        query.Field<CompoundGraphType>("compound")
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
                var rows = await repository.ListAsync(box, page.AfterId, page.First + 1, context.CancellationToken);
                var total = await BoxPagedField.TotalIfAskedAsync(context, () => repository.CountAsync(box, context.CancellationToken));
                return ConnectionBuilder.Build(rows, page, x => x.Id, total);
            });
    }
}
