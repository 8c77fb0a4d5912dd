using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FireMap.Api.Jobs;

/// <summary>
/// The scheduled-jobs plumbing (docs/operations.md): <c>job_runs</c>, the runner and the scheduler.
/// Features add their jobs with <see cref="AddScheduledJob{TJob}"/>.
/// </summary>
public static class JobsSetup
{
    public static WebApplicationBuilder AddJobs(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<JobOptions>().Bind(builder.Configuration.GetSection(JobOptions.Section));
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<JobRunRepository>();
        builder.Services.AddSingleton<JobRunner>();
        builder.Services.AddSingleton<JobScheduler>();
        builder.Services.AddHostedService(provider => provider.GetRequiredService<JobScheduler>());
        return builder;
    }

    public static IServiceCollection AddScheduledJob<TJob>(this IServiceCollection services)
        where TJob : class, IScheduledJob
    {
        services.AddSingleton<TJob>();
        services.AddSingleton<IScheduledJob>(provider => provider.GetRequiredService<TJob>());
        return services;
    }
}
