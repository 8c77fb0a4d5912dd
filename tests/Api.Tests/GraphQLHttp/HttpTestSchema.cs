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

    private static int _cancelled;

    /// <summary>How many <c>slow</c> resolvers were stopped by their request's cancellation.</summary>
    public static int Cancelled => Volatile.Read(ref _cancelled);

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

        query.Field<IntGraphType>("slow")
            .Description("Waits ms milliseconds unless the request is cancelled first; counts the cancellations.")
            .Argument<IntGraphType>("ms")
            .ResolveAsync(async context =>
            {
                try
                {
                    await Task.Delay(context.GetArgument<int>("ms"), context.CancellationToken);
                    return (object?)context.GetArgument<int>("ms");
                }
                catch (OperationCanceledException)
                {
                    Interlocked.Increment(ref _cancelled);
                    throw;
                }
            });

        var mutation = new ObjectGraphType { Name = "Mutation" };
        mutation.Field<BooleanGraphType>("noop")
            .Description("Does nothing.")
            .Resolve(_ => true);

        Query = query;
        Mutation = mutation;
    }
}
