namespace FireMap.Api.GraphQL.Http;

/// <summary>Log messages of the endpoint; exception text goes to the log, never to the client.</summary>
internal static partial class GraphQLHttpLog
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Error, Message = "GraphQL resolver failed at {Path}")]
    public static partial void ResolverFailed(ILogger logger, string path, Exception exception);

    [LoggerMessage(EventId = 2, Level = LogLevel.Error, Message = "GraphQL request failed unexpectedly")]
    public static partial void RequestFailed(ILogger logger, Exception exception);
}
