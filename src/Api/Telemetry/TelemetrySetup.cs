using System.Diagnostics.Metrics;
using FireMap.Api.Access;
using OpenTelemetry.Metrics;
using Serilog;
using Serilog.Extensions.Logging;
using Serilog.Formatting.Compact;

namespace FireMap.Api.Telemetry;

/// <summary>
/// Metrics and logs (docs/operations.md). OpenTelemetry collects ASP.NET Core's request metrics
/// (tagged with the GraphQL operation), Npgsql's connection-pool metrics and FireMap's own (jobs,
/// backup age, GraphQL operations), served for Prometheus on <c>/metrics</c> to administrators only:
/// the figures describe users' activity, and a scraper sends an administrator's API token. Logs go to
/// the console as before and, as JSON lines, to a rotating file under <c>.firemap/logs/</c>.
/// </summary>
public static class TelemetrySetup
{
    public const string MetricsPath = "/metrics";

    public static WebApplicationBuilder AddFireMapTelemetry(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOpenTelemetry().WithMetrics(metrics => metrics
            .AddAspNetCoreInstrumentation()
            .AddMeter(FireMapMetrics.MeterName, "Npgsql")
            .OnlyThisHostsMeters()
            // Every scrape sees the counters as they are (the exporter would otherwise repeat a cached answer).
            .AddPrometheusExporter(prometheus => prometheus.ScrapeResponseCacheDurationMilliseconds = 0));

        var options = builder.Configuration.GetSection(LogOptions.Section).Get<LogOptions>() ?? new LogOptions();
        var directory = options.Directory is { Length: > 0 } configured
            ? Path.GetFullPath(configured)
            : Path.Combine(FireMapPaths.Resolve(builder.Configuration).StateDirectory, "logs");
        Directory.CreateDirectory(directory);
        var file = new LoggerConfiguration()
            .MinimumLevel.Verbose()
            .WriteTo.File(new CompactJsonFormatter(), Path.Combine(directory, "firemap-.log"),
                rollingInterval: RollingInterval.Day, fileSizeLimitBytes: options.FileSizeLimitBytes, rollOnFileSizeLimit: true,
                retainedFileCountLimit: options.RetainedFiles, shared: true)
            .CreateLogger();
        builder.Logging.AddProvider(new SerilogLoggerProvider(file, dispose: true));

        // Rules for the file alone: they win over the general levels, so a host that quiets its
        // console (tests) still writes FireMap's lines to the file, and libraries stay at warnings.
        builder.Logging.AddFilter<SerilogLoggerProvider>(null, LogLevel.Warning);
        builder.Logging.AddFilter<SerilogLoggerProvider>("FireMap", options.Level);
        builder.Logging.AddFilter<SerilogLoggerProvider>("Microsoft.Hosting.Lifetime", LogLevel.Information);
        return builder;
    }

    /// <summary>
    /// ASP.NET Core creates its meters through the host's <see cref="IMeterFactory"/>, and OpenTelemetry
    /// subscribes by meter name across the whole process. With a second host in the process (another
    /// instance started beside the first) the provider would merge that host's requests into its own
    /// figures, and when that host stops and disposes its meters OpenTelemetry stops every stream of the
    /// same name, this host's included (open-telemetry/opentelemetry-dotnet#6412). Meters made by another
    /// host's factory are therefore dropped; static meters (FireMap's, Npgsql's) have no factory and stay.
    /// </summary>
    private static MeterProviderBuilder OnlyThisHostsMeters(this MeterProviderBuilder metrics) =>
        ((IDeferredMeterProviderBuilder)metrics).Configure((services, provider) =>
        {
            var ownFactory = services.GetRequiredService<IMeterFactory>();
            provider.AddView(instrument => instrument.Meter.Scope is IMeterFactory factory && !ReferenceEquals(factory, ownFactory)
                ? MetricStreamConfiguration.Drop
                : null);
        });

    public static WebApplication MapFireMapTelemetry(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapPrometheusScrapingEndpoint(MetricsPath).Allow(AccessRule.OperateService);
        return app;
    }
}
