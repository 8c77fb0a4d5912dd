using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace FireMap.Api.PublicReports;

/// <summary>
/// A fixed-window limit per client address on one of the two anonymous public endpoints. A refused
/// request gets a 429 problem body with <c>Retry-After</c> and reaches no handler, so nothing is written.
/// The windows are counted per instance: with several instances behind a proxy an address may get
/// up to that many times the limit, which still keeps one machine from flooding.
/// </summary>
public abstract class PublicRateLimit(string what, Func<int> permits, Func<TimeSpan> window) : IRateLimiterPolicy<string>
{
    public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected => async (context, cancellationToken) =>
    {
        var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : window();
        context.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        await Results.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: $"Too many {what}",
            detail: $"At most {permits()} {what} are accepted from one address per {window().TotalMinutes:0} minutes; try again later.",
            extensions: new Dictionary<string, object?> { ["code"] = "TOO_MANY_REQUESTS" }).ExecuteAsync(context.HttpContext);
    };

    public RateLimitPartition<string> GetPartition(HttpContext httpContext) =>
        RateLimitPartition.GetFixedWindowLimiter(httpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown", _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = permits(),
            Window = window(),
            QueueLimit = 0,
        });
}

/// <summary>
/// Reports per client address (<see cref="PublicReportOptions.ReportsPerWindow"/>): the one write open
/// to anyone must not let one machine fill the moderation queue.
/// </summary>
public sealed class PublicReportRateLimit(IOptions<PublicReportOptions> options)
    : PublicRateLimit("reports", () => options.Value.ReportsPerWindow, () => options.Value.Window)
{
    public const string Name = "firemap:public-report";
}

/// <summary>
/// Status lookups per client address (<see cref="PublicReportOptions.StatusLookupsPerWindow"/>): a
/// tracking code carries 60 random bits, so guessing is hopeless anyway; the limit keeps a scanner from
/// turning the lookup into load on the database.
/// </summary>
public sealed class PublicStatusRateLimit(IOptions<PublicReportOptions> options)
    : PublicRateLimit("status lookups", () => options.Value.StatusLookupsPerWindow, () => options.Value.StatusWindow)
{
    public const string Name = "firemap:public-report-status";
}
