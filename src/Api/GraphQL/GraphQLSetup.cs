using FireMap.Api.Access;
using FireMap.Api.Database;
using FireMap.Api.Errors;
using FireMap.Api.GraphQL.Errors;
using FireMap.Api.GraphQL.Http;
using GraphQL;
using Microsoft.Extensions.Logging.Abstractions;

namespace FireMap.Api.GraphQL;

/// <summary>Registers the schema (its root types take the fields every feature registers), its serializer, error policy and query limits.</summary>
public static class GraphQLSetup
{
    /// <summary>Deepest selection nesting a query may have.</summary>
    public const int MaxDepth = 15;

    /// <summary>Upper bound of the estimated work of one query (fields × list sizes).</summary>
    public const int MaxComplexity = 50_000;

    public static WebApplicationBuilder AddFireMapGraphQL(this WebApplicationBuilder builder)
    {
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddGraphQL(graphQL => graphQL
            .AddSchema<FireMapSchema>()
            .AddGraphTypes(typeof(FireMapSchema).Assembly)
            .AddSystemTextJson()
            .AddErrorInfoProvider<FireMapErrorInfoProvider>()
            .UseMiddleware<AccessFieldMiddleware>()
            .AddComplexityAnalyzer(options =>
            {
                options.MaxDepth = MaxDepth;
                options.MaxComplexity = MaxComplexity;
            })
            .AddUnhandledExceptionHandler(context =>
            {
                // The one error path: a feature's rejection keeps its code and message; anything
                // else is an internal error whose details stay in the log.
                if (context.OriginalException is Rejection rejection)
                {
                    context.Exception = new RejectionError(rejection);
                    return;
                }

                // A database that cannot be reached is no internal error: SERVICE_UNAVAILABLE, and
                // the transport answers 503 with Retry-After.
                if (DatabaseOutage.Is(context.OriginalException))
                {
                    var logger = context.Context?.RequestServices?.GetService<ILogger<DatabaseOutage>>() ?? NullLogger<DatabaseOutage>.Instance;
                    context.Exception = new RejectionError(DatabaseOutage.Reject(context.OriginalException, logger));
                    return;
                }

                context.ErrorMessage = "Internal error; it has been logged.";
            })
            .AddFireMapDocumentCache());
        builder.Services.Configure<GraphQLHttpOptions>(options =>
        {
            options.UnavailableCode = Rejection.CodeOf(RejectionKind.Unavailable);
            options.RetryAfterSeconds = RejectionProblem.RetryAfterSeconds;
        });
        return builder;
    }
}
