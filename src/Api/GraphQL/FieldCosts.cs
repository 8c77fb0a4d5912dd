using FireMap.Api.GraphQL.Paging;
using GraphQL;
using GraphQL.Types;
using GraphQL.Validation.Complexity;

namespace FireMap.Api.GraphQL;

/// <summary>
/// What a field costs in the complexity limit, computed from the actual argument values (variables
/// included) on the expanded operation: a connection multiplies what is selected under it by its
/// page size, whether read through <c>edges</c> or <c>items</c>; any other list by its
/// <c>first</c>/<c>limit</c> or <see cref="DefaultListSize"/>. Expensive fields set their own cost
/// with <see cref="Costs"/>.
/// </summary>
public static class FieldCosts
{
    /// <summary>Rows assumed under a list field that says nothing of its size.</summary>
    public const int DefaultListSize = 10;

    public static FieldComplexityResult Default(FieldImpactContext context)
    {
        // Introspection has its own bounds (IntrospectionBounds): priced as data, the standard
        // introspection query of every client would cost over a million.
        if (IsIntrospection(context))
        {
            return new(0, 1);
        }

        var type = context.FieldDefinition.ResolvedType?.GetNamedType();
        const int impact = 1;
        if (IsConnection(type))
        {
            // A first past the page limit is the resolver's to refuse (BAD_USER_INPUT naming it).
            return new(impact, Math.Min(Size(context, "first", PageRequest.DefaultSize), PageRequest.MaxSize));
        }

        // A connection's edges and items are its page, already counted by the connection.
        if (IsConnection(context.ParentType) && context.FieldDefinition.Name is "edges" or "items")
        {
            return new(impact, 1);
        }

        return IsList(context.FieldDefinition.ResolvedType)
            ? new(impact, Size(context, "first", Size(context, "limit", DefaultListSize)))
            : new(impact, 1);
    }


    /// <summary>An argument's number of items (a list argument), or 0.</summary>
    public static int CountOf(FieldImpactContext context, string argument)
    {
        return context.Arguments is { } arguments && arguments.TryGetValue(argument, out var value) && value.Value is System.Collections.ICollection items
            ? items.Count
            : 0;
    }

    private static int Size(FieldImpactContext context, string argument, int fallback) =>
        context.Arguments is { } arguments && arguments.TryGetValue(argument, out var value) && value.Value is int size and > 0
            ? size
            : fallback;

    private static bool IsIntrospection(FieldImpactContext context) =>
        context.FieldDefinition.Name is "__schema" or "__type"
        || (context.ParentType?.Name.StartsWith("__", StringComparison.Ordinal) ?? false);

    private static bool IsConnection(IGraphType? type) =>
        type?.GetNamedType() is IObjectGraphType { Name: var name } && name.EndsWith("Connection", StringComparison.Ordinal);

    private static bool IsList(IGraphType? type) => type switch
    {
        NonNullGraphType nonNull => IsList(nonNull.ResolvedType),
        ListGraphType => true,
        _ => false,
    };
}
