using FireMap.Api.Database;
using GraphQL;

namespace FireMap.Api.GraphQL.Errors;

/// <summary>A change refused by a domain rule, with the rule's code and the input at fault.</summary>
public sealed class CommandRejectedError : ExecutionError
{
    public CommandRejectedError(CommandRejectedException rejected)
        : base(rejected.Message)
    {
        ArgumentNullException.ThrowIfNull(rejected);
        Code = rejected.Code;
        if (rejected.Argument is not null)
        {
            Data["argument"] = rejected.Argument;
        }
    }
}
