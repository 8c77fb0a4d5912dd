using FireMap.Api.Database;
using GraphQL;
using GraphQL.DI;
using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;
using NpgsqlTypes;

namespace FireMap.Api.GraphQL;

/// <summary>
/// Runs a query operation (never a mutation) on a streaming replica of the read pool when replicas are
/// configured: the standby is chosen as for layers (<see cref="ReadReplicas.ForReadAsync"/>, so a user who
/// has just written reads it), and the reads of routed repositories go to it (<see cref="ReadRoute"/>).
/// A query that turns out to need the primary (it writes, or the standby failed under it) runs again there.
/// A query is answered without a WAL position (<see cref="ReadYourWrites.ReadsOnly"/>): reading sets no
/// position the caller's later reads would wait for.
/// </summary>
internal sealed partial class QueriesOnStandby(ReadReplicas replicas, IHttpContextAccessor http, ILogger<QueriesOnStandby> logger) : IConfigureExecution
{
    /// <summary>After the size checks, so a refused document costs no standby.</summary>
    public float SortOrder => 400;

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(next);
        if (!replicas.Configured || !IsQuery(options))
        {
            return await next(options).ConfigureAwait(false);
        }

        var context = http.HttpContext;
        NpgsqlLogSequenceNumber? written = null;
        if (context is not null)
        {
            ReadYourWrites.ReadsOnly(context);
            written = ReadYourWrites.WrittenBy(context);
        }

        var source = await replicas.ForReadAsync(written, options.CancellationToken).ConfigureAwait(false);
        if (!replicas.IsStandby(source))
        {
            return await next(options).ConfigureAwait(false);
        }

        var (result, refused) = await ReadRoute.OnStandbyAsync(source, () => next(options)).ConfigureAwait(false);
        if (!refused)
        {
            return result;
        }

        // It may write on the primary after all (an audited read): the caller is then given its position.
        if (context is not null)
        {
            ReadYourWrites.MayWrite(context);
        }

        RunAgainOnPrimary(logger, options.OperationName);
        return await next(options).ConfigureAwait(false);
    }

    private static bool IsQuery(ExecutionOptions options)
    {
        GraphQLDocument? document;
        try
        {
            document = options.Document ?? (options.Query is { Length: > 0 } text ? Parser.Parse(text) : null);
        }
        catch (GraphQLParserException)
        {
            return false;
        }

        var operations = document?.Definitions.OfType<GraphQLOperationDefinition>().ToList() ?? [];
        var operation = options.OperationName is { Length: > 0 } name
            ? operations.FirstOrDefault(o => o.Name?.StringValue == name)
            : operations.Count == 1 ? operations[0] : null;
        return operation?.Operation == OperationType.Query;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Query {Operation} needed the primary; run again there")]
    private static partial void RunAgainOnPrimary(ILogger logger, string? operation);
}
