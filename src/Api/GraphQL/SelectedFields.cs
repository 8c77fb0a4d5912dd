using GraphQL;
using GraphQLParser.AST;

namespace FireMap.Api.GraphQL;

/// <summary>
/// What a query selects under a field, read from the document: lets a resolver leave out of its
/// statement the columns no selected field reads.
/// </summary>
public static class SelectedFields
{
    /// <summary>
    /// Whether a field named one of <paramref name="names"/> is selected at any depth under the
    /// field being resolved, through fragments too. Directives are not evaluated: a field under
    /// <c>@skip</c> or <c>@include</c> counts as selected, which only ever costs a column.
    /// </summary>
    public static bool AnyUnder(IResolveFieldContext context, IReadOnlySet<string> names)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(names);
        var fragments = context.Document.Definitions.OfType<GraphQLFragmentDefinition>()
            .GroupBy(f => f.FragmentName.Name.StringValue, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        return Any(context.FieldAst.SelectionSet, names, fragments, new HashSet<string>(StringComparer.Ordinal));
    }

    private static bool Any(GraphQLSelectionSet? set, IReadOnlySet<string> names, Dictionary<string, GraphQLFragmentDefinition> fragments, HashSet<string> visited)
    {
        foreach (var selection in set?.Selections ?? [])
        {
            var found = selection switch
            {
                GraphQLField field => names.Contains(field.Name.StringValue) || Any(field.SelectionSet, names, fragments, visited),
                GraphQLInlineFragment inline => Any(inline.SelectionSet, names, fragments, visited),
                // A fragment is looked into once: validation has refused cycles, and a second visit finds nothing new.
                GraphQLFragmentSpread spread => visited.Add(spread.FragmentName.Name.StringValue)
                    && fragments.TryGetValue(spread.FragmentName.Name.StringValue, out var fragment)
                    && Any(fragment.SelectionSet, names, fragments, visited),
                _ => false,
            };
            if (found)
            {
                return true;
            }
        }

        return false;
    }
}
