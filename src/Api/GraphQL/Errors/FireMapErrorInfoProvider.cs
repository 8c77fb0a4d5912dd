using GraphQL;
using GraphQL.Execution;
using GraphQL.Validation;
using GraphQL.Validation.Errors;
using GraphQLParser.AST;

namespace FireMap.Api.GraphQL.Errors;

/// <summary>
/// Shapes errors for clients: FireMap's own errors carry their code and details (such as the
/// <c>argument</c>) at the top of <c>extensions</c>; an argument or variable value that GraphQL
/// itself cannot coerce (say <c>1e400</c> for a Float) is <c>BAD_USER_INPUT</c> naming it too;
/// any other exception from a resolver is <c>INTERNAL_SERVER_ERROR</c>, without type or message.
/// </summary>
public sealed class FireMapErrorInfoProvider() : ErrorInfoProvider(new ErrorInfoProviderOptions
{
    ExposeCode = true,
    ExposeData = false,
    ExposeExceptionDetails = false,
})
{
    public const string InternalCode = "INTERNAL_SERVER_ERROR";
    public const string BadUserInputCode = "BAD_USER_INPUT";

    public override ErrorInfo GetInfo(ExecutionError executionError)
    {
        ArgumentNullException.ThrowIfNull(executionError);
        var info = base.GetInfo(executionError);
        var extensions = info.Extensions ??= new Dictionary<string, object?>();
        switch (executionError)
        {
            case UnhandledError:
                SetCode(extensions, InternalCode);
                break;
            case ArgumentsOfCorrectTypeError error:
                SetCode(extensions, BadUserInputCode);
                extensions["argument"] = error.Nodes?.OfType<GraphQLArgument>().LastOrDefault()?.Name.StringValue;
                break;
            case InvalidVariableError error:
                SetCode(extensions, BadUserInputCode);
                extensions["variable"] = error.Nodes?.OfType<GraphQLVariableDefinition>().FirstOrDefault()?.Variable.Name.StringValue;
                break;
            case RejectionError:
                foreach (System.Collections.DictionaryEntry entry in executionError.Data)
                {
                    extensions[(string)entry.Key] = entry.Value;
                }

                break;
        }

        return info;
    }

    private static void SetCode(IDictionary<string, object?> extensions, string code)
    {
        extensions["code"] = code;
        extensions["codes"] = new[] { code };
    }
}
