using FireMap.Api.GraphQL;
using FireMap.Api.Imports;
using FireMap.Api.Reports;
using Microsoft.AspNetCore.RateLimiting;

namespace FireMap.Api.PublicReports;

/// <summary>
/// Reports from the public (有奖举报): the anonymous, rate-limited submit and status endpoints, the
/// moderation queue and its changes, and the export.
/// </summary>
public static class PublicReportsFeature
{
    public static WebApplicationBuilder AddPublicReports(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<PublicReportOptions>().Bind(builder.Configuration.GetSection(PublicReportOptions.Section))
            .Validate(o => o.ReportsPerWindow > 0 && o.Window > TimeSpan.Zero && o.MaxRequestBytes > 0
                && o.StatusLookupsPerWindow > 0 && o.StatusWindow > TimeSpan.Zero, "FireMap:PublicReports needs positive limits")
            .ValidateOnStart();
        builder.Services.AddSingleton<PublicReportRepository>();
        builder.Services.AddSingleton<IDemoDataPart, DemoPublicReports>();
        builder.Services.AddSingleton<IReportSection, PublicReportSection>();
        builder.Services.AddSingleton<PublicReportCommands>();
        builder.Services.AddSingleton<PublicReportRateLimit>();
        builder.Services.AddSingleton<PublicStatusRateLimit>();
        builder.Services.AddRateLimiter(options => options
            .AddPolicy<string, PublicReportRateLimit>(PublicReportRateLimit.Name)
            .AddPolicy<string, PublicStatusRateLimit>(PublicStatusRateLimit.Name));
        builder.Services.AddSingleton<IRootFields, PublicReportFields>();
        return builder;
    }

    public static WebApplication MapPublicReports(this WebApplication app) => app.MapPublicReportEndpoints().MapPublicReportExports();
}
