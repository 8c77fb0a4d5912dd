using FireMap.Api.Errors;
using GraphQL;

namespace FireMap.Api.GraphQL.Errors;

/// <summary>
/// GraphQL side of the one error path: a <see cref="Rejection"/> thrown by a resolver becomes an
/// error whose <c>extensions</c> carry its code, the <c>argument</c> at fault and its details.
/// </summary>
public sealed class RejectionError : ExecutionError
{
    public RejectionError(Rejection rejection)
        : base(rejection?.Message ?? throw new ArgumentNullException(nameof(rejection)), rejection)
    {
        Code = rejection.Code;
        if (rejection.Field is not null)
        {
            Data["argument"] = rejection.Field;
        }

        foreach (var (key, value) in rejection.Details)
        {
            Data[key] = value;
        }
    }
}
