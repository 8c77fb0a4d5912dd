namespace FireMap.Api.GraphQL.Http;

/// <summary>
/// What a GraphQL request executed, left on the request's features for metrics and logs: the
/// operation's name (the client's <c>operationName</c>, else the document's; null when anonymous)
/// and whether the answer carries errors.
/// </summary>
public sealed record GraphQLHttpOutcome(string? OperationName, bool HasErrors);
