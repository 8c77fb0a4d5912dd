using FireMap.Api.Access;
using FireMap.Api.GraphQL.Types;
using GraphQL.Types;
using GraphQL.Types.Relay;
using GraphQL.Types.Relay.DataObjects;

namespace FireMap.Api.Proximity;

/// <summary>A page of radius-search hits, nearest first, with figures over all hits.</summary>
public sealed class WithinConnectionGraphType<TNodeType, TNode> : ObjectGraphType<WithinPage<TNode>>
    where TNodeType : IGraphType
{
    public WithinConnectionGraphType()
    {
        this.Allow(AccessRule.Read);
        Name = $"{GraphTypeNames.NodeName<TNodeType>()}WithinConnection";
        Description = "Hits within the radius ordered by distance, then id.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<WithinEdgeGraphType<TNodeType, TNode>>>>>("edges")
            .Description("The hits of this page.")
            .Resolve(c => c.Source.Hits);
        Field<NonNullGraphType<PageInfoType>>("pageInfo")
            .Description("Whether more hits follow, and the cursors of this page.")
            .Resolve(c => new PageInfo
            {
                HasNextPage = c.Source.HasNextPage,
                HasPreviousPage = c.Source.HasPreviousPage,
                StartCursor = c.Source.Hits.FirstOrDefault()?.Cursor,
                EndCursor = c.Source.Hits.LastOrDefault()?.Cursor,
            });
        Field<NonNullGraphType<IntGraphType>>("totalCount")
            .Description("Number of hits within the radius (all pages).")
            .ResolveAsync(async c => (await c.Source.SummaryAsync()).TotalCount);
        Field<NonNullGraphType<WithinSummaryGraphType>>("summary")
            .Description("Figures over all hits within the radius (all pages).")
            .ResolveAsync(async c => await c.Source.SummaryAsync());
    }
}
