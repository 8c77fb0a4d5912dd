using System.Diagnostics;
using FireMap.Api.Access;
using FireMap.Api.GraphQL.Http;
using Microsoft.AspNetCore.Http.Features;

namespace FireMap.Api.Telemetry;

/// <summary>
/// One log line per request with the signed-in user's name (a log scope, so every line the request
/// writes carries it, beside ASP.NET Core's request id), and the GraphQL operation as a label on the
/// request metrics. Only the path is logged, never the query string, headers or body: they may carry
/// passwords, tokens or personal data.
/// </summary>
public static partial class RequestLog
{
    public static IApplicationBuilder UseRequestLog(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            var logger = context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(RequestLog));
            var userName = CurrentUser.From(context.User)?.UserName;
            using var scope = userName is null ? null : logger.BeginScope(new Dictionary<string, object> { ["UserName"] = userName });
            var started = Stopwatch.GetTimestamp();
            try
            {
                await next(context);
            }
            finally
            {
                var operation = Record(context);
                Completed(logger, context.Request.Method, context.Request.Path.Value ?? "", context.Response.StatusCode,
                    Stopwatch.GetElapsedTime(started).TotalMilliseconds, operation);
            }
        });

    private static string? Record(HttpContext context)
    {
        if (context.Features.Get<GraphQLHttpOutcome>() is not { } outcome)
        {
            return null;
        }

        var label = OperationNames.Label(outcome.OperationName);
        FireMapMetrics.GraphQLOperation(label, outcome.HasErrors);
        if (context.Features.Get<IHttpMetricsTagsFeature>() is { } tags)
        {
            tags.Tags.Add(new("graphql.operation", label));
            tags.Tags.Add(new("graphql.outcome", outcome.HasErrors ? "error" : "ok"));
        }

        return label;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Method} {Path} answered {StatusCode} in {ElapsedMs:0.0} ms (GraphQL operation {Operation})")]
    private static partial void Completed(ILogger logger, string method, string path, int statusCode, double elapsedMs, string? operation);
}
