using GraphQL.Introspection;
using GraphQL.Types;

namespace FireMap.Api.GraphQL;

/// <summary>
/// Completes GraphQL.NET's introspection types to the October 2021 specification and the current
/// working draft, so that every standard client's introspection query validates: graphql-js
/// <c>getIntrospectionQuery</c> with all its options (GraphiQL, Apollo tooling) asks for
/// <c>__Type.specifiedByURL</c> and <c>__Directive.args(includeDeprecated:)</c>, which GraphQL.NET
/// 8 does not declare. <c>isRepeatable</c> and deprecated input values are switched on in the
/// schema's features.
/// </summary>
internal static class StandardIntrospection
{
    public static void Enable(ISchema schema)
    {
        schema.Features.RepeatableDirectives = true;
        schema.Features.DeprecationOfInputValues = true;
    }

    /// <summary>Adds what the specification asks of <paramref name="type"/> and GraphQL.NET leaves out.</summary>
    public static void Complete(IGraphType type)
    {
        if (type is __Type typeType && !typeType.HasField("specifiedByURL"))
        {
            // No scalar of this schema points at a specification, so the answer is always null.
            typeType.Field<StringGraphType>("specifiedByURL")
                .Description("`specifiedByURL` may return a String (in the form of a URL) for custom scalars, otherwise it will return `null`.")
                .Resolve(_ => null);
        }

        if (type is __Directive directive
            && directive.GetField("args") is { } args
            && args.Arguments?.Find("includeDeprecated") is null)
        {
            // No directive argument is deprecated, so the list is the same either way.
            args.Arguments ??= new QueryArguments();
            args.Arguments.Add(new QueryArgument<BooleanGraphType> { Name = "includeDeprecated", DefaultValue = false });
        }
    }
}
