using GraphQL;

namespace FireMap.Api.GraphQL.Errors;

/// <summary>No record has the id the client asked for.</summary>
public sealed class NotFoundError : ExecutionError
{
    public NotFoundError(string entity, string id)
        : base($"No {entity} has id '{id}'")
    {
        Code = "NOT_FOUND";
        Data["entity"] = entity;
        Data["id"] = id;
    }
}
