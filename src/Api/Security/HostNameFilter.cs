using FireMap.Api.Errors;

namespace FireMap.Api.Security;

/// <summary>
/// Answers only requests whose <c>Host</c> is a configured name. A page on another domain whose
/// name is re-pointed at this machine (DNS rebinding) would otherwise read and write as a
/// same-origin page.
/// </summary>
internal sealed class HostNameFilter
{
    private static readonly string[] _loopback = ["localhost", "127.0.0.1", "[::1]", "::1"];

    private readonly HashSet<string> _allowed = new(StringComparer.OrdinalIgnoreCase);
    private readonly bool _any;

    public HostNameFilter(SecurityOptions options, IConfiguration configuration)
    {
        _allowed.UnionWith(_loopback);
        _allowed.UnionWith(options.AllowedHosts.Select(host => host.Trim()).Where(host => host.Length > 0));
        _allowed.UnionWith(BoundHosts(configuration));
        _any = _allowed.Contains("*");
    }

    public bool Allows(HostString host) =>
        _any || (host.HasValue && _allowed.Contains(host.Host));

    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        if (Allows(context.Request.Host))
        {
            await next(context);
            return;
        }

        await RejectionProblem.For(Rejection.Of(RejectionKind.BadInput,
            "This service does not answer to that host name; add it to FireMap:Security:AllowedHosts.",
            "Host", "Unknown host")).ExecuteAsync(context);
    }

    // The addresses the service is told to listen on (urls / ASPNETCORE_URLS) are names it may
    // be reached by; wildcards say nothing about a name.
    private static IEnumerable<string> BoundHosts(IConfiguration configuration) =>
        (configuration["urls"] ?? configuration["ASPNETCORE_URLS"] ?? "")
            .Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(url => Uri.TryCreate(url.Replace("://*", "://wildcard", StringComparison.Ordinal)
                .Replace("://+", "://wildcard", StringComparison.Ordinal), UriKind.Absolute, out var uri) ? uri.Host : null)
            .OfType<string>()
            .Where(host => host is not ("wildcard" or "0.0.0.0" or "[::]"));
}
