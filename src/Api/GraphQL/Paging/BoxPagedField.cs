using FireMap.Api.Access;
using FireMap.Api.GraphQL.Types;
using FireMap.Spatial.Geometry;
using GraphQL;
using GraphQL.Types;
using GraphQL.Types.Relay;
using GraphQL.Types.Relay.DataObjects;

namespace FireMap.Api.GraphQL.Paging;

/// <summary>A Relay connection field over features that meet an optional box, keyset-paged by id.</summary>
public static class BoxPagedField
{
    public static FieldType Add<TNodeType, TNode>(ObjectGraphType type, string name, string description,
        Func<IResolveFieldContext, BoundingBox?, PageRequest, Task<Connection<TNode>>> resolve)
        where TNodeType : IGraphType
    {
        ArgumentNullException.ThrowIfNull(type);
        return type.Field<NonNullGraphType<ConnectionType<TNodeType>>>(name)
            .Allow(AccessRule.Read)
            .Description(description)
            .Argument<BoundingBoxInputGraphType>("bbox", "Only features meeting this WGS84 box; the whole area when absent.")
            .Argument<IntGraphType>("first", $"Page size, 1–{PageRequest.MaxSize} (default {PageRequest.DefaultSize}).")
            .Argument<StringGraphType>("after", "Cursor after which the page starts (pageInfo.endCursor of the previous page).")
            .ResolveAsync(async context =>
            {
                var box = Arguments.Box(context);
                var page = PageRequest.From(context.GetArgument<int?>("first"), context.GetArgument<string?>("after"));
                return await resolve(context, box, page);
            })
            .FieldType;
    }

    /// <summary>The total when the client selected <c>totalCount</c>; counting is skipped otherwise.</summary>
    public static async Task<int?> TotalIfAskedAsync(IResolveFieldContext context, Func<Task<int>> count)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(count);
        return context.SubFields?.ContainsKey("totalCount") == true ? await count() : null;
    }
}
