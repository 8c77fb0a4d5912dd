using GraphQLParser.AST;

namespace FireMap.Api.GraphQL;

/// <summary>
/// The separate budget of introspection. Introspection costs nothing against
/// <see cref="GraphQLSetup.MaxComplexity"/> (see <see cref="FieldCosts"/>): the standard query of
/// graphql-js, GraphiQL and Apollo walks every type, field and argument once, which the data
/// pricing (every list ×10) would put at over a million. Its size is bounded by its shape instead:
/// at most <see cref="MaxRoots"/> <c>__schema</c>/<c>__type</c> fields per document, and on any path
/// below one of them each list of schema members (types, fields, args, …) at most once and at most
/// <see cref="MaxListsOnPath"/> of them (the standard query goes types → fields → args). So the
/// answer is at most a few times the schema's size, while a query that walks
/// <c>fields { type { fields { type { fields … } } } }</c> to multiply it is refused.
/// </summary>
internal static class IntrospectionBounds
{
    /// <summary>Introspection roots one document may hold; standard clients send one.</summary>
    public const int MaxRoots = 3;

    /// <summary>Lists of schema members nested on one path (types → fields → args).</summary>
    public const int MaxListsOnPath = 3;

    private static readonly HashSet<string> _roots = new(StringComparer.Ordinal) { "__schema", "__type" };

    private static readonly HashSet<string> _memberLists = new(StringComparer.Ordinal)
    {
        "types", "fields", "inputFields", "args", "enumValues", "interfaces", "possibleTypes", "directives", "appliedDirectives",
    };

    /// <summary>Why the document's introspection is refused, or null when it is within bounds.</summary>
    /// <remarks>Walks the expanded operations: run it after <see cref="ExpandedSizeCheck"/> bounded their size.</remarks>
    public static string? Violation(GraphQLDocument document)
    {
        var fragments = document.Definitions.OfType<GraphQLFragmentDefinition>()
            .GroupBy(f => f.FragmentName.Name.StringValue)
            .ToDictionary(g => g.Key, g => g.First());
        foreach (var operation in document.Definitions.OfType<GraphQLOperationDefinition>())
        {
            var walk = new Walk(fragments);
            walk.Visit(operation.SelectionSet, inside: false, []);
            if (walk.Problem is not null)
            {
                return walk.Problem;
            }

            if (walk.Roots > MaxRoots)
            {
                return $"The query asks for introspection {walk.Roots} times; at most {MaxRoots} __schema or __type fields are allowed in one request.";
            }
        }

        return null;
    }

    private sealed class Walk(Dictionary<string, GraphQLFragmentDefinition> fragments)
    {
        private readonly HashSet<string> _spreading = new(StringComparer.Ordinal);

        public int Roots { get; private set; }

        public string? Problem { get; private set; }

        public void Visit(GraphQLSelectionSet? set, bool inside, List<string> lists)
        {
            foreach (var selection in set?.Selections ?? [])
            {
                if (Problem is not null)
                {
                    return;
                }

                switch (selection)
                {
                    case GraphQLField field:
                        VisitField(field, inside, lists);
                        break;
                    case GraphQLInlineFragment inline:
                        Visit(inline.SelectionSet, inside, lists);
                        break;
                    case GraphQLFragmentSpread spread when fragments.TryGetValue(spread.FragmentName.Name.StringValue, out var fragment)
                                                          && _spreading.Add(fragment.FragmentName.Name.StringValue):
                        // A cycle is refused by validation; here it only must not loop.
                        Visit(fragment.SelectionSet, inside, lists);
                        _spreading.Remove(fragment.FragmentName.Name.StringValue);
                        break;
                }
            }
        }

        private void VisitField(GraphQLField field, bool inside, List<string> lists)
        {
            var name = field.Name.StringValue;
            if (!inside && _roots.Contains(name))
            {
                Roots++;
                Visit(field.SelectionSet, inside: true, []);
                return;
            }

            if (!inside || !_memberLists.Contains(name))
            {
                Visit(field.SelectionSet, inside, lists);
                return;
            }

            if (lists.Contains(name))
            {
                Problem = $"The introspection query selects {name} inside {name} ({string.Join(" → ", lists)} → {name}); each list of schema members may appear once on a path.";
                return;
            }

            if (lists.Count >= MaxListsOnPath)
            {
                Problem = $"The introspection query nests {lists.Count + 1} lists of schema members ({string.Join(" → ", lists)} → {name}); at most {MaxListsOnPath} are allowed.";
                return;
            }

            Visit(field.SelectionSet, inside, [.. lists, name]);
        }
    }
}
