using FireMap.Api.Access;
using FireMap.Api.GraphQL.Types;
using GraphQL.Types;

namespace FireMap.Api.Proximity;

/// <summary>One hit of a radius search: the node, its distance and its cursor.</summary>
public sealed class WithinEdgeGraphType<TNodeType, TNode> : ObjectGraphType<Hit<TNode>>
    where TNodeType : IGraphType
{
    public WithinEdgeGraphType()
    {
        this.Allow(AccessRule.Read);
        Name = $"{GraphTypeNames.NodeName<TNodeType>()}WithinEdge";
        Description = "A hit of a radius search, ordered by distance then id.";
        Field<NonNullGraphType<StringGraphType>>("cursor").Description("Cursor to continue after this hit.").Resolve(c => c.Source.Cursor);
        Field<NonNullGraphType<FloatGraphType>>("distanceMeters")
            .Description("Geodesic distance in metres on the WGS84 spheroid from the centre; 0 when the centre lies inside the footprint.")
            .Resolve(c => c.Source.DistanceMeters);
        Field<NonNullGraphType<TNodeType>>("node").Description("The record found.").Resolve(c => c.Source.Node);
    }
}
