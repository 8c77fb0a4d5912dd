using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace FireMap.Api.Tests.Hostile;

/// <summary>
/// What every answer to a hostile request must be: no 5xx, no internals (stack traces, .NET type
/// names, SQL or driver texts), and a refusal that says why in the service's one shape — a
/// problem body with a code, or GraphQL errors each with extensions.code.
/// </summary>
internal sealed partial class HostileCheck
{
    private readonly ConcurrentQueue<string> _failures = new();
    private int _tried;
    private int _refused;
    private int _serverErrors;

    public int Tried => _tried;

    public int Refused => _refused;

    public int ServerErrors => _serverErrors;

    public IReadOnlyCollection<string> Failures => _failures;

    /// <summary>Checks one answer; returns true when the request was refused (nothing should have changed).</summary>
    public async Task<bool> CheckAsync(string what, HttpResponseMessage response)
    {
        Interlocked.Increment(ref _tried);
        var status = (int)response.StatusCode;
        var text = await response.Content.ReadAsStringAsync();
        var shown = $"{what} → {status} {Shorten(text)}";
        if (status >= 500)
        {
            Interlocked.Increment(ref _serverErrors);
            _failures.Enqueue("5xx: " + shown);
        }

        if (Internals().Match(text) is { Success: true } leak)
        {
            _failures.Enqueue($"internals '{leak.Value}': {shown}");
        }

        var isGraphQL = response.Content.Headers.ContentType?.MediaType?.Contains("graphql", StringComparison.Ordinal) == true
            || (text.StartsWith("{\"errors\"", StringComparison.Ordinal) || text.StartsWith("{\"data\"", StringComparison.Ordinal));
        if (isGraphQL)
        {
            return CheckGraphQL(shown, text, status);
        }

        if (status >= 400)
        {
            Interlocked.Increment(ref _refused);
            // Kestrel refuses a request line it cannot parse (a NUL in the path, an over-long
            // URL) before the application sees it, with an empty 400/414: no code, but nothing leaked.
            var byKestrel = text.Length == 0 && response.Content.Headers.ContentType is null && status is 400 or 414 or 431;
            if (!byKestrel && !HasCode(text))
            {
                _failures.Enqueue("refusal without a problem code: " + shown);
            }

            return true;
        }

        return false;
    }

    private bool CheckGraphQL(string shown, string text, int status)
    {
        JsonElement body;
        try
        {
            body = JsonDocument.Parse(text).RootElement;
        }
        catch (JsonException)
        {
            _failures.Enqueue("GraphQL answer is not JSON: " + shown);
            return true;
        }

        if (!body.TryGetProperty("errors", out var errors))
        {
            return status >= 400;
        }

        Interlocked.Increment(ref _refused);
        foreach (var error in errors.EnumerateArray())
        {
            var code = error.TryGetProperty("extensions", out var extensions) && extensions.TryGetProperty("code", out var c) ? c.GetString() : null;
            if (string.IsNullOrEmpty(code))
            {
                _failures.Enqueue("GraphQL error without extensions.code: " + shown);
            }
            else if (code == "INTERNAL_SERVER_ERROR")
            {
                Interlocked.Increment(ref _serverErrors);
                _failures.Enqueue("internal error: " + shown);
            }
        }

        return true;
    }

    private static bool HasCode(string text)
    {
        try
        {
            using var document = JsonDocument.Parse(text);
            return document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("code", out var code) && code.GetString() is { Length: > 0 };
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static string Shorten(string text) => text.Length > 300 ? text[..300] + "…" : text;

    // Stack frames, .NET namespaces and exception names, Npgsql and PostgreSQL texts.
    [GeneratedRegex(@"(\s+at [A-Z][\w.]+\(|System\.[A-Z]|Microsoft\.[A-Z]|Npgsql|NetTopologySuite|GraphQLParser\.|FireMap\.[A-Z]|\b[A-Z][A-Za-z]*Exception\b|SQLSTATE|PostgresException|syntax error at or near|violates (check|foreign key|not-null|unique)|invalid byte sequence for encoding)")]
    private static partial Regex Internals();
}
