namespace FireMap.Api.Tests.Hostile;

/// <summary>A query or mutation field, its arguments, and whether it returns an object (needs a selection).</summary>
internal sealed record GraphQLRootField(string Operation, string Name, IReadOnlyList<GraphQLArgument> Arguments, bool ReturnsObject);
