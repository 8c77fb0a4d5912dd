using FireMap.Api.Errors;
using GraphQL;
using GraphQL.Instrumentation;

namespace FireMap.Api.Access;

/// <summary>
/// Enforces the access rules on every field before its resolver runs: a field the user's role may
/// not use is <c>FORBIDDEN</c> on that field alone (the rest of the response stays), and a field
/// without any rule is denied. Nothing is resolved, read or written for a refused field.
/// </summary>
public sealed class AccessFieldMiddleware : IFieldMiddleware
{
    public ValueTask<object?> ResolveAsync(IResolveFieldContext context, FieldMiddlewareDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var rule = GraphQLAccess.RuleOf(context.FieldDefinition, context.ParentType);
        if (rule is null)
        {
            throw Rejection.Of(RejectionKind.Forbidden, $"Field '{context.ParentType.Name}.{context.FieldDefinition.Name}' has no access rule.");
        }

        // Structural and read fields skip the user lookup: the request is signed in, or it never got here.
        if (rule != AccessRule.Read)
        {
            var user = CurrentUser.From(context.User);
            if (user is null || !user.Can(rule))
            {
                throw Rejection.Of(RejectionKind.Forbidden,
                    $"Your role may not use '{context.FieldDefinition.Name}' ({rule.Description}).", context.FieldDefinition.Name);
            }
        }

        return next(context);
    }
}
