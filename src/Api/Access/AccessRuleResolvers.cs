using FireMap.Api.Errors;
using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Types;
using GraphQL.Utilities;

namespace FireMap.Api.Access;

/// <summary>
/// Enforces the access rules on every field before its resolver runs: a field the user's role may
/// not use is <c>FORBIDDEN</c> on that field alone (the rest of the response stays), and a field
/// without any rule is denied. Nothing is resolved, read or written for a refused field.
/// </summary>
/// <remarks>
/// The rule of each field is looked up once, when the schema is built, and the field's resolver is
/// wrapped accordingly. Fields any signed-in user may read (nodes' own fields, connections, edges)
/// keep their resolver as it is: the request is signed in, or it never got here. A field middleware
/// would look the rule up for every field of every response (a radius page of 100 buildings has 700).
/// </remarks>
public sealed class AccessRuleResolvers : BaseSchemaNodeVisitor
{
    public override void VisitObjectFieldDefinition(FieldType field, IObjectGraphType type, ISchema schema)
    {
        ArgumentNullException.ThrowIfNull(field);
        var rule = GraphQLAccess.RuleOf(field, type);
        if (rule == AccessRule.Read)
        {
            return;
        }

        var resolver = field.Resolver ?? NameFieldResolver.Instance;
        field.Resolver = rule is null
            ? new Denied($"Field '{type.Name}.{field.Name}' has no access rule.")
            : new Checked(rule, field.Name, resolver);
    }

    private sealed class Denied(string message) : IFieldResolver
    {
        public ValueTask<object?> ResolveAsync(IResolveFieldContext context) => throw Rejection.Of(RejectionKind.Forbidden, message);
    }

    private sealed class Checked(AccessRule rule, string field, IFieldResolver resolver) : IFieldResolver
    {
        public ValueTask<object?> ResolveAsync(IResolveFieldContext context)
        {
            var user = CurrentUser.From(context.User);
            if (user is null || !user.Can(rule))
            {
                throw Rejection.Of(RejectionKind.Forbidden, $"Your role may not use '{field}' ({rule.Description}).", field);
            }

            return resolver.ResolveAsync(context);
        }
    }
}
