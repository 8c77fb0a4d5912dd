using GraphQL;

namespace FireMap.Api.GraphQL.Errors;

/// <summary>An argument the client sent is unusable; <c>extensions.argument</c> names it.</summary>
public sealed class BadUserInputError : ExecutionError
{
    public BadUserInputError(string argument, string problem)
        : base($"Argument '{argument}': {problem}")
    {
        Code = "BAD_USER_INPUT";
        Data["argument"] = argument;
    }
}
