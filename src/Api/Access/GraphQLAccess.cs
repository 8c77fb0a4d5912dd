using GraphQL.Builders;
using GraphQL.Types;

namespace FireMap.Api.Access;

/// <summary>
/// Attaches access rules to the schema: a field's own rule, or its type's rule for every field of
/// the type. <see cref="AccessRuleResolvers"/> enforces them; a field with neither is denied, and
/// a test walks the schema so that none ships without one.
/// </summary>
public static class GraphQLAccess
{
    private const string Key = "firemap:access";

    public static FieldBuilder<TSource, TReturn> Allow<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field, AccessRule rule)
    {
        ArgumentNullException.ThrowIfNull(field);
        field.FieldType.Metadata[Key] = rule;
        return field;
    }

    public static FieldType Allow(this FieldType field, AccessRule rule)
    {
        ArgumentNullException.ThrowIfNull(field);
        field.Metadata[Key] = rule;
        return field;
    }

    /// <summary>Every field of <paramref name="type"/> follows <paramref name="rule"/> unless it has its own.</summary>
    public static void Allow(this IGraphType type, AccessRule rule)
    {
        ArgumentNullException.ThrowIfNull(type);
        type.Metadata[Key] = rule;
    }

    /// <summary>The rule that applies to <paramref name="field"/> of <paramref name="parent"/>, or null (denied).</summary>
    public static AccessRule? RuleOf(IFieldType field, IGraphType? parent)
    {
        ArgumentNullException.ThrowIfNull(field);
        if (field.GetMetadata<AccessRule?>(Key) is { } own)
        {
            return own;
        }

        if (parent?.GetMetadata<AccessRule?>(Key) is { } inherited)
        {
            return inherited;
        }

        return parent is not null && IsStructural(parent) ? AccessRule.Read : null;
    }

    /// <summary>
    /// Types that only carry other types (Relay connections, edges, page info, introspection): they
    /// reveal nothing themselves, and the nodes they carry have rules of their own.
    /// </summary>
    public static bool IsStructural(IGraphType type) =>
        type.Name.StartsWith("__", StringComparison.Ordinal) || type.Name == "PageInfo"
        || type.Name.EndsWith("Connection", StringComparison.Ordinal)
        || type.Name.EndsWith("Edge", StringComparison.Ordinal);
}
