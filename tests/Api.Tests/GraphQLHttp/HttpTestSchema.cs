using GraphQL;
using GraphQL.Types;

namespace FireMap.Api.Tests.GraphQLHttp;

/// <summary>
/// A tiny schema that exercises the endpoint without a database: a query with an argument,
/// a resolver that throws, and a mutation to refuse over GET.
/// </summary>
public sealed class HttpTestSchema : Schema
{
    public const string SecretMessage = "password=hunter2 at db.internal:5432";

    public HttpTestSchema()
    {
        var query = new ObjectGraphType { Name = "Query" };
        query.Field<StringGraphType>("hello")
            .Description("Greets by name.")
            .Argument<StringGraphType>("name")
            .Resolve(context => $"Hello, {context.GetArgument<string?>("name") ?? "world"}");
        query.Field<StringGraphType>("fail")
            .Description("Always throws, with a message that must not reach the client.")
            .Resolve(_ => throw new InvalidOperationException(SecretMessage));

        var mutation = new ObjectGraphType { Name = "Mutation" };
        mutation.Field<BooleanGraphType>("noop")
            .Description("Does nothing.")
            .Resolve(_ => true);

        Query = query;
        Mutation = mutation;
    }
}
