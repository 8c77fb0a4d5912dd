using GraphQL;
using GraphQL.DI;
using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;

namespace FireMap.Api.GraphQL;

/// <summary>
/// Refuses a document whose operations, with every fragment spread expanded, select more than
/// <see cref="MaxExpandedFields"/> fields, before any validation rule walks it: a few hundred
/// bytes of nested fragments that each spread the next twice expand to billions of fields, and
/// the validation rules (field merging, complexity) walk the expansion. Each fragment's size is
/// computed once, so the check itself is linear in the document's length. Documents from the
/// cache passed it when they were cached (their size does not depend on variables). The separate
/// bounds of introspection (<see cref="IntrospectionBounds"/>) are checked here too, on the same parse.
/// </summary>
internal sealed class ExpandedSizeCheck : IConfigureExecution
{
    /// <summary>Far above any query the map or a script sends; GraphiQL's introspection query is about 150.</summary>
    public const int MaxExpandedFields = 5_000;

    /// <summary>After the document cache, so a cached document is not parsed again.</summary>
    public float SortOrder => 300;

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        GraphQLDocument? document = null;
        try
        {
            document = options.Document is null && options.Query is { Length: > 0 } text ? Parser.Parse(text) : null;
        }
        catch (GraphQLMaxDepthExceededException)
        {
            // The executer would let this one escape as a server error.
            return Refusal("QUERY_TOO_DEEP", "The query nests deeper than the parser allows (about 128 levels of selections, lists or objects).");
        }
        catch (GraphQLParserException)
        {
            // The executer parses again and reports the syntax error in its own words.
        }

        if (document is not null
            && Size(document) is var size and > MaxExpandedFields)
        {
            return Refusal("QUERY_TOO_LARGE",
                $"The query selects about {size:0} fields once its fragments are expanded; at most {MaxExpandedFields} are allowed.");
        }

        if (document is not null && IntrospectionBounds.Violation(document) is { } problem)
        {
            return Refusal("INTROSPECTION_TOO_LARGE", problem);
        }

        return await next(options).ConfigureAwait(false);
    }

    private static ExecutionResult Refusal(string code, string message) =>
        new() { Errors = [new ExecutionError(message) { Code = code }] };

    /// <summary>The largest expanded operation of the document.</summary>
    internal static double Size(GraphQLDocument document)
    {
        var fragments = document.Definitions.OfType<GraphQLFragmentDefinition>()
            .GroupBy(f => f.FragmentName.Name.StringValue)
            .ToDictionary(g => g.Key, g => g.First());
        var sizes = new Dictionary<string, double>(StringComparer.Ordinal);
        return document.Definitions.OfType<GraphQLOperationDefinition>()
            .Select(operation => Count(operation.SelectionSet, fragments, sizes))
            .DefaultIfEmpty(0)
            .Max();
    }

    private static double Count(GraphQLSelectionSet? set, Dictionary<string, GraphQLFragmentDefinition> fragments, Dictionary<string, double> sizes)
    {
        double total = 0;
        foreach (var selection in set?.Selections ?? [])
        {
            total += selection switch
            {
                GraphQLField field => 1 + Count(field.SelectionSet, fragments, sizes),
                GraphQLInlineFragment inline => Count(inline.SelectionSet, fragments, sizes),
                GraphQLFragmentSpread spread => FragmentSize(spread.FragmentName.Name.StringValue, fragments, sizes),
                _ => 0,
            };
        }

        return total;
    }

    private static double FragmentSize(string name, Dictionary<string, GraphQLFragmentDefinition> fragments, Dictionary<string, double> sizes)
    {
        if (sizes.TryGetValue(name, out var size))
        {
            return size;
        }

        // In progress counts as nothing: a cycle is refused by validation (NoFragmentCycles).
        sizes[name] = 0;
        size = fragments.TryGetValue(name, out var fragment) ? Count(fragment.SelectionSet, fragments, sizes) : 0;
        sizes[name] = size;
        return size;
    }
}
