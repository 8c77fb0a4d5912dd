using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace FireMap.Api.PublicReports;

/// <summary>
/// The limit on reports per client address (<see cref="PublicReportOptions.ReportsPerWindow"/> in a fixed
/// window): the one write open to anyone must not let one machine fill the moderation queue. A refused
/// request gets a 429 problem body with <c>Retry-After</c> and reaches no handler, so nothing is written.
/// </summary>
public sealed class PublicReportRateLimit(IOptions<PublicReportOptions> options) : IRateLimiterPolicy<string>
{
    public const string Name = "firemap:public-report";

    public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected => async (context, cancellationToken) =>
    {
        var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : options.Value.Window;
        context.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        await Results.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: "Too many reports",
            detail: $"At most {options.Value.ReportsPerWindow} reports are accepted from one address per {options.Value.Window.TotalMinutes:0} minutes; try again later.",
            extensions: new Dictionary<string, object?> { ["code"] = "TOO_MANY_REQUESTS" }).ExecuteAsync(context.HttpContext);
    };

    public RateLimitPartition<string> GetPartition(HttpContext httpContext) =>
        RateLimitPartition.GetFixedWindowLimiter(httpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown", _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = options.Value.ReportsPerWindow,
            Window = options.Value.Window,
            QueueLimit = 0,
        });
}
