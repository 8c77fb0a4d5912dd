using GraphQL;
using GraphQL.Execution;
using GraphQL.Transport;
using GraphQL.Types;
using GraphQL.Validation;
using Microsoft.Extensions.Options;

namespace FireMap.Api.GraphQL.Http;

/// <summary>
/// Serves one GraphQL over HTTP request: method and media-type checks, reading the request,
/// execution through the registered <see cref="IDocumentExecuter"/>, status code by the spec.
/// </summary>
internal sealed class GraphQLHttpHandler(IOptions<GraphQLHttpOptions> options, ILogger<GraphQLHttpHandler> logger)
{
    private static readonly IValidationRule[] GetRules = [.. DocumentValidator.CoreRules, HttpMethodValidationRule.ForGet];
    private static readonly IValidationRule[] PostRules = [.. DocumentValidator.CoreRules, HttpMethodValidationRule.ForPost];
    private static readonly IValidationRule[] GetCachedRules = [HttpMethodValidationRule.ForGet];
    private static readonly IValidationRule[] PostCachedRules = [HttpMethodValidationRule.ForPost];

    private readonly GraphQLHttpOptions _options = options.Value;

    public async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        var serializer = context.RequestServices.GetRequiredService<IGraphQLTextSerializer>();
        var isGet = HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method);
        if (!isGet && !HttpMethods.IsPost(request.Method))
        {
            context.Response.Headers.Allow = "GET, POST";
            await GraphQLHttpResponseWriter.WriteErrorAsync(context, serializer, StatusCodes.Status405MethodNotAllowed,
                GraphQLMediaTypes.Json, $"Method {request.Method} is not supported; use GET or POST.", GraphQLHttpErrorCodes.MethodNotAllowed);
            return;
        }

        var mediaType = GraphQLMediaTypeNegotiator.SelectResponseType(request.Headers.Accept);
        if (isGet && request.Query.Count == 0 && (mediaType is null or GraphQLMediaTypes.Json) && AcceptsHtml(request))
        {
            // A person who opens the endpoint in a browser wants the explorer, not an error.
            context.Response.Redirect(request.PathBase + _options.ExplorerPagePath);
            return;
        }

        if (mediaType is null)
        {
            await GraphQLHttpResponseWriter.WriteErrorAsync(context, serializer, StatusCodes.Status406NotAcceptable, GraphQLMediaTypes.Json,
                $"Accept must allow {GraphQLMediaTypes.GraphQLResponseJson} or {GraphQLMediaTypes.Json}.", GraphQLHttpErrorCodes.NotAcceptable);
            return;
        }

        if (!isGet && !GraphQLMediaTypeNegotiator.IsJsonContentType(request.ContentType))
        {
            await GraphQLHttpResponseWriter.WriteErrorAsync(context, serializer, StatusCodes.Status415UnsupportedMediaType, mediaType,
                $"Content-Type must be {GraphQLMediaTypes.Json} (UTF-8).", GraphQLHttpErrorCodes.UnsupportedMediaType);
            return;
        }

        // The request's time budget and its client's presence, as one token that reaches every
        // resolver and, through them, every SQL command (Npgsql cancels the statement on the server).
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted);
        budget.CancelAfter(_options.RequestTimeBudget);
        try
        {
            var read = await ReadAsync(context, serializer, isGet);
            if (read.Request is null)
            {
                await GraphQLHttpResponseWriter.WriteErrorAsync(context, serializer, read.StatusCode, mediaType, read.Message!, read.Code!);
                return;
            }

            var result = await ExecuteAsync(context, read.Request, isGet, budget.Token);
            context.Features.Set(new GraphQLHttpOutcome(read.Request.OperationName ?? result.Operation?.Name?.StringValue, result.Errors?.Count > 0));
            var statusCode = StatusCodeFor(context, result, mediaType, isGet);
            await GraphQLHttpResponseWriter.WriteResultAsync(context, serializer, result, statusCode, mediaType);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The client went away; there is no one to answer.
        }
        catch (Exception exception) when (budget.IsCancellationRequested && IsCancellation(exception) && !context.Response.HasStarted)
        {
            // Refused like a request that fails validation: it asked for more than one request may do.
            context.Response.Clear();
            await GraphQLHttpResponseWriter.WriteErrorAsync(context, serializer,
                mediaType == GraphQLMediaTypes.GraphQLResponseJson ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK, mediaType,
                $"The request ran past its time budget of {_options.RequestTimeBudget.TotalSeconds:0.#} s and was stopped; ask for less (a smaller first, fewer fields or aliases).",
                GraphQLHttpErrorCodes.TimeBudgetExceeded);
        }
        catch (Exception exception)
        {
            GraphQLHttpLog.RequestFailed(logger, exception);
            if (!context.Response.HasStarted)
            {
                context.Response.Clear();
                await GraphQLHttpResponseWriter.WriteErrorAsync(context, serializer, StatusCodes.Status500InternalServerError,
                    mediaType, "Internal server error.", GraphQLHttpErrorCodes.InternalServerError);
            }
        }
    }

    private async Task<GraphQLHttpReadResult> ReadAsync(HttpContext context, IGraphQLTextSerializer serializer, bool isGet)
    {
        if (isGet)
        {
            return GraphQLHttpRequestReader.ReadGet(context.Request.Query, serializer);
        }

        try
        {
            return await GraphQLHttpRequestReader.ReadPostAsync(
                context.Request, serializer, _options.MaxRequestBodyBytes, context.RequestAborted);
        }
        catch (BadHttpRequestException exception)
        {
            // Kestrel's own limits and malformed framing; the client's fault, never a 500.
            return exception.StatusCode == StatusCodes.Status413PayloadTooLarge
                ? GraphQLHttpReadResult.TooLarge(_options.MaxRequestBodyBytes)
                : GraphQLHttpReadResult.BadRequest("The request body could not be read.");
        }
    }

    // Npgsql reports a cancelled statement as its own exception wrapping the cancellation.
    private static bool IsCancellation(Exception exception) =>
        exception is OperationCanceledException || exception.InnerException is OperationCanceledException;

    private async Task<ExecutionResult> ExecuteAsync(HttpContext context, GraphQLRequest request, bool isGet, CancellationToken cancellationToken)
    {
        var services = context.RequestServices;
        var executionOptions = new ExecutionOptions
        {
            Schema = services.GetRequiredService<ISchema>(),
            Query = request.Query,
            OperationName = request.OperationName,
            Variables = request.Variables,
            Extensions = request.Extensions,
            ValidationRules = isGet ? GetRules : PostRules,
            CachedDocumentValidationRules = isGet ? GetCachedRules : PostCachedRules,
            RequestServices = services,
            User = context.User,
            CancellationToken = cancellationToken,
        };
        var result = await services.GetRequiredService<IDocumentExecuter>().ExecuteAsync(executionOptions);
        LogUnhandledErrors(result);
        return result;
    }

    /// <summary>
    /// Logs the exceptions behind unhandled errors. Done from the result rather than through
    /// <see cref="ExecutionOptions.UnhandledExceptionDelegate"/>, which the schema setup owns and
    /// may replace.
    /// </summary>
    private void LogUnhandledErrors(ExecutionResult result)
    {
        foreach (var error in result.Errors?.OfType<UnhandledError>() ?? [])
        {
            var path = error.Path is { } segments ? string.Join('.', segments) : "(document)";
            GraphQLHttpLog.ResolverFailed(logger, path, error.InnerException ?? error);
        }
    }

    /// <summary>
    /// GraphQL over HTTP: a request that never reached execution (parse, validation or variable
    /// errors) is 400 under application/graphql-response+json and 200 under application/json;
    /// once executed, field errors travel with data and the status is 200. The exception is an
    /// unavailable dependency: whatever data came back is not an answer a client should keep, so
    /// the status is 503 with Retry-After (the body still carries the errors and any data).
    /// </summary>
    private int StatusCodeFor(HttpContext context, ExecutionResult result, string mediaType, bool isGet)
    {
        if (_options.UnavailableCode is { } unavailable && result.Errors?.Any(error => error.Code == unavailable) == true)
        {
            context.Response.Headers.RetryAfter = _options.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return StatusCodes.Status503ServiceUnavailable;
        }

        if (result.Executed)
        {
            return StatusCodes.Status200OK;
        }

        var errors = result.Errors ?? [];
        if (isGet && errors.Any(error => error is HttpMethodValidationError))
        {
            context.Response.Headers.Allow = "POST";
            return StatusCodes.Status405MethodNotAllowed;
        }

        if (errors.Any(error => error is UnhandledError))
        {
            return StatusCodes.Status500InternalServerError;
        }

        return mediaType == GraphQLMediaTypes.GraphQLResponseJson ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK;
    }

    private static bool AcceptsHtml(HttpRequest request) =>
        request.Headers.Accept.Any(value => value?.Contains("text/html", StringComparison.OrdinalIgnoreCase) == true);
}
