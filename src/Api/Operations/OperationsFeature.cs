using FireMap.Api.Database;
using FireMap.Api.GraphQL;
using FireMap.Api.Jobs;
using FireMap.Api.Telemetry;

namespace FireMap.Api.Operations;

/// <summary>
/// Keeping the service and its data (docs/operations.md): backups (daily job, before migrations, on
/// request, from the shell), restore, and the admin page's status and downloads. Configuration:
/// <see cref="BackupOptions"/> (<c>FireMap:Backups</c>) and the <c>backup</c> job's schedule.
/// </summary>
public static class OperationsFeature
{
    public static WebApplicationBuilder AddOperations(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<BackupOptions>().Bind(builder.Configuration.GetSection(BackupOptions.Section));
        services.AddOptions<GracefulStopOptions>().Bind(builder.Configuration.GetSection(GracefulStopOptions.Section));
        services.AddSingleton<GracefulStop>();
        services.AddHostedService(provider => provider.GetRequiredService<GracefulStop>());
        services.AddSingleton<BackupService>();
        services.AddSingleton<RestoreService>();
        services.AddSingleton<IMigrationSafeguard, PreMigrationBackup>();
        services.AddSingleton<OperationsStatusReader>();
        services.AddSingleton<IRootFields, OperationsFields>();
        services.AddScheduledJob<BackupJob>();
        return builder;
    }

    public static WebApplication MapOperations(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var backups = app.Services.GetRequiredService<BackupService>();
        FireMapMetrics.ObserveBackupAge(backups.AgeSeconds);
        return app.MapOperationsEndpoints();
    }
}
