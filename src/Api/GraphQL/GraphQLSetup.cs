using System.Text.Encodings.Web;
using System.Text.Unicode;
using FireMap.Api.Access;
using FireMap.Api.Database;
using FireMap.Api.Errors;
using FireMap.Api.GraphQL.Errors;
using FireMap.Api.GraphQL.Http;
using GraphQL;
using GraphQL.Validation;
using GraphQL.Validation.Complexity;
using GraphQL.Validation.Rules.Custom;
using Microsoft.Extensions.Logging.Abstractions;

namespace FireMap.Api.GraphQL;

/// <summary>Registers the schema (its root types take the fields every feature registers), its serializer, error policy and query limits.</summary>
public static class GraphQLSetup
{
    /// <summary>Deepest selection nesting a query may have.</summary>
    public const int MaxDepth = 15;

    /// <summary>Upper bound of the estimated work of one query (fields × list sizes).</summary>
    public const int MaxComplexity = 50_000;

    private static readonly ComplexityValidationRule _complexity = new(new ComplexityOptions
    {
        MaxDepth = MaxDepth,
        MaxComplexity = MaxComplexity,
        DefaultComplexityImpactDelegate = FieldCosts.Default,
    });

    public static WebApplicationBuilder AddFireMapGraphQL(this WebApplicationBuilder builder)
    {
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddGraphQL(graphQL => graphQL
            .AddSchema<FireMapSchema>()
            .AddGraphTypes(typeof(FireMapSchema).Assembly)
            // Chinese text as it is (half the bytes of \uXXXX escapes); HTML-sensitive characters stay escaped.
            .AddSystemTextJson(json => json.Encoder = JavaScriptEncoder.Create(UnicodeRanges.All))
            .AddErrorInfoProvider<FireMapErrorInfoProvider>()
            .AddSchemaVisitor<AccessRuleResolvers>()
            .ConfigureExecutionOptions(options =>
            {
                // Run for every request, a cached document too: costs depend on the variables,
                // which change from one request to the next (first: $n).
                options.ValidationRules = [.. options.ValidationRules ?? DocumentValidator.CoreRules, _complexity];
                options.CachedDocumentValidationRules = [.. options.CachedDocumentValidationRules ?? [], _complexity];
            })
            .AddUnhandledExceptionHandler(context =>
            {
                // The one error path: a feature's rejection keeps its code and message; anything
                // else is an internal error whose details stay in the log.
                // A query on a standby that needs the primary runs again there; this error is dropped.
                ReadRoute.NoteRefusal(context.OriginalException);
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
            .AddFireMapDocumentCache()
            .ConfigureExecution<ExpandedSizeCheck>()
            .ConfigureExecution<QueriesOnStandby>());
        builder.Services.Configure<GraphQLHttpOptions>(options =>
        {
            options.UnavailableCode = Rejection.CodeOf(RejectionKind.Unavailable);
            options.RetryAfterSeconds = RejectionProblem.RetryAfterSeconds;
        });
        return builder;
    }
}
