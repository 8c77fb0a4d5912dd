using GraphQL;
using GraphQL.Execution;

namespace FireMap.Api.GraphQL.Errors;

/// <summary>
/// Publishes error codes and data of the errors FireMap raises on purpose; any other exception
/// from a resolver is reported as <c>INTERNAL_SERVER_ERROR</c>, without its type or message.
/// </summary>
public sealed class FireMapErrorInfoProvider() : ErrorInfoProvider(new ErrorInfoProviderOptions
{
    ExposeCode = true,
    ExposeData = true,
    ExposeExceptionDetails = false,
})
{
    public const string InternalCode = "INTERNAL_SERVER_ERROR";

    public override ErrorInfo GetInfo(ExecutionError executionError)
    {
        ArgumentNullException.ThrowIfNull(executionError);
        var info = base.GetInfo(executionError);
        if (executionError is UnhandledError && info.Extensions is { } extensions)
        {
            extensions["code"] = InternalCode;
            extensions["codes"] = new[] { InternalCode };
        }

        return info;
    }
}
