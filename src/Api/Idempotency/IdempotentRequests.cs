using System.Security.Cryptography;
using System.Text;
using FireMap.Api.Access;
using FireMap.Api.Errors;
using Microsoft.Extensions.Options;

namespace FireMap.Api.Idempotency;

/// <summary>
/// The middleware: for a signed-in user's POST to a configured path with an <c>Idempotency-Key</c>,
/// executes the request once and stores its answer, or replays the stored answer, or refuses a key
/// reused for another request (422). Answers that say nothing was executed (a refused or malformed
/// request, 5xx) are not stored: the key is released and a repeat executes.
/// </summary>
internal sealed class IdempotentRequests(IdempotencyStore store, IOptions<IdempotencyOptions> options)
{
    private const int MaxKeyLength = 200;
    private const int MaxRequestBytes = 16 * 1024 * 1024;

    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        var request = context.Request;
        var key = request.Headers[IdempotencyExtensions.Header].ToString();
        if (key.Length == 0 || !HttpMethods.IsPost(request.Method) || !options.Value.Paths.Contains(request.Path.Value ?? "", StringComparer.OrdinalIgnoreCase)
            || CurrentUser.From(context.User) is not { } user)
        {
            await next(context);
            return;
        }

        if (key.Length > MaxKeyLength || key.Any(c => c is < '!' or > '~'))
        {
            throw Rejection.BadInput(IdempotencyExtensions.Header, $"must be 1 to {MaxKeyLength} visible ASCII characters (a UUID, for instance)");
        }

        var hash = await HashAsync(request, context.RequestAborted);
        var (claim, stored) = await store.ClaimAsync(user.Id, key, hash, context.RequestAborted);
        if (claim is null)
        {
            await ReplayAsync(context, stored, hash);
            return;
        }

        await using (claim)
        {
            var response = context.Response;
            var original = response.Body;
            using var captured = new MemoryStream();
            response.Body = captured;
            try
            {
                await next(context);
            }
            finally
            {
                response.Body = original;
            }

            var body = captured.ToArray();
            if (response.StatusCode is >= 200 and < 300 && body.Length <= options.Value.MaxStoredResponseBytes && !MayNotHaveRun(body))
            {
                await claim.CompleteAsync(response.StatusCode, response.ContentType, body);
            }

            await original.WriteAsync(body, context.RequestAborted);
        }
    }

    /// <summary>
    /// GraphQL answers some failures with 200 under application/json: a request stopped by its time
    /// budget, an internal error, an unavailable database. Whatever they did was rolled back, so a
    /// repeat must run again rather than replay the failure.
    /// </summary>
    private static bool MayNotHaveRun(ReadOnlySpan<byte> body) =>
        body.IndexOf("\"TIME_BUDGET_EXCEEDED\""u8) >= 0
        || body.IndexOf("\"INTERNAL_SERVER_ERROR\""u8) >= 0
        || body.IndexOf("\"SERVICE_UNAVAILABLE\""u8) >= 0;

    private static async Task ReplayAsync(HttpContext context, StoredResponse? stored, string hash)
    {
        if (stored is null)
        {
            // Claimed by another instance and expired in between, or deleted under us: rare; the client retries.
            throw Rejection.Of(RejectionKind.Unavailable, "The request with this Idempotency-Key is being processed; retry shortly.");
        }

        if (!string.Equals(stored.RequestHash, hash, StringComparison.Ordinal))
        {
            await Results.Problem(statusCode: StatusCodes.Status422UnprocessableEntity, title: "Idempotency-Key reused",
                detail: "This Idempotency-Key was already used for a different request; use a new key for a new request.",
                extensions: new Dictionary<string, object?> { ["code"] = "IDEMPOTENCY_KEY_REUSED", ["argument"] = IdempotencyExtensions.Header })
                .ExecuteAsync(context);
            return;
        }

        var response = context.Response;
        response.StatusCode = stored.StatusCode;
        if (stored.ContentType is not null)
        {
            response.ContentType = stored.ContentType;
        }

        response.Headers[IdempotencyExtensions.ReplayedHeader] = "true";
        await response.Body.WriteAsync(stored.Body, context.RequestAborted);
    }

    /// <summary>SHA-256 of the path and the body; the body is buffered so that the endpoint reads it again.</summary>
    private static async Task<string> HashAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        request.EnableBuffering(bufferThreshold: 64 * 1024, bufferLimit: MaxRequestBytes);
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        sha.AppendData(Encoding.UTF8.GetBytes($"{request.Method} {request.Path}\n"));
        var buffer = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(buffer, cancellationToken)) > 0)
        {
            sha.AppendData(buffer, 0, read);
        }

        request.Body.Position = 0;
        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }
}
