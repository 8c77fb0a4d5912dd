using GraphQL.Validation;
using GraphQLParser.AST;

namespace FireMap.Api.GraphQL.Http;

/// <summary>
/// Refuses operations the HTTP method cannot carry: GET is safe, so it runs queries only
/// (GraphQL over HTTP); nothing here streams, so no subscriptions at all. Runs for cached
/// documents too, because the same text may arrive by POST first and by GET later.
/// </summary>
internal sealed class HttpMethodValidationRule : ValidationRuleBase
{
    private readonly bool _queriesOnly;

    private HttpMethodValidationRule(bool queriesOnly)
    {
        _queriesOnly = queriesOnly;
    }

    public static HttpMethodValidationRule ForGet { get; } = new(queriesOnly: true);

    public static HttpMethodValidationRule ForPost { get; } = new(queriesOnly: false);

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        var operation = context.Operation;
        if (_queriesOnly && operation.Operation != OperationType.Query)
        {
            context.ReportError(new HttpMethodValidationError(
                context.Document.Source, operation, "Only query operations are allowed over GET; send mutations by POST."));
        }
        else if (operation.Operation == OperationType.Subscription)
        {
            context.ReportError(new ValidationError(
                context.Document.Source, null!, "Subscriptions are not supported over HTTP.", operation)
            {
                Code = "SUBSCRIPTION_NOT_SUPPORTED",
            });
        }

        return default;
    }
}
