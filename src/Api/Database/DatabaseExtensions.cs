using FireMap.Api.Database.Embedded;
using FireMap.Api.Errors;
using Microsoft.Extensions.Options;
using Npgsql;

namespace FireMap.Api.Database;

/// <summary>
/// Chooses the database: the connection string in <c>FIREMAP_CONNECTION</c> (or
/// <c>ConnectionStrings:FireMap</c>) when set, otherwise a private embedded cluster in
/// <c>.firemap/</c>. Registration only describes the services: the cluster starts when the host
/// starts, and the migrations run before the server accepts requests. <see cref="UseDatabaseOutages"/>
/// turns a database that cannot be reached into the one error path's <c>Unavailable</c>.
/// </summary>
public static class DatabaseExtensions
{
    public const string ConnectionVariable = "FIREMAP_CONNECTION";

    public static WebApplicationBuilder AddDatabase(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddSingleton(provider => FireMapPaths.Resolve(provider.GetRequiredService<IConfiguration>()));
        services.AddOptions<DatabaseOptions>()
            .Bind(builder.Configuration.GetSection(DatabaseOptions.Section))
            .Configure<IConfiguration>((options, configuration) =>
                options.ConnectionString ??= configuration[ConnectionVariable] is { Length: > 0 } variable
                    ? variable
                    : configuration.GetConnectionString("FireMap"))
            .ValidateDataAnnotations()
            .Validate(options => options.Embedded is not null, "FireMap:Embedded is required")
            .ValidateOnStart();

        services.AddSingleton(provider =>
        {
            var options = provider.GetRequiredService<IOptions<DatabaseOptions>>().Value;
            return new DatabaseSettings(string.IsNullOrWhiteSpace(options.ConnectionString)
                ? provider.GetRequiredService<EmbeddedPostgresCluster>().Start()
                : options.ConnectionString);
        });
        services.AddSingleton(provider => CreateDataSource(provider.GetRequiredService<DatabaseSettings>().ConnectionString, primary: true));
        services.AddSingleton<MigrationRunner>();
        services.AddOptions<ReplicaOptions>().Bind(builder.Configuration.GetSection(ReplicaOptions.Section));
        services.AddSingleton<ReadReplicas>();
        services.AddHostedService(provider => provider.GetRequiredService<ReadReplicas>());

        // The cluster is described here and started by the first service that needs the connection
        // string (the initializer below, when the host starts); its lifetime stops it with the host.
        services.AddSingleton(provider =>
        {
            var options = provider.GetRequiredService<IOptions<DatabaseOptions>>().Value;
            var paths = provider.GetRequiredService<FireMapPaths>();
            return new EmbeddedPostgresCluster(
                new EmbeddedPostgresOptions
                {
                    Directory = options.Embedded.Directory ?? Path.Combine(paths.StateDirectory, "postgres"),
                    Port = options.Embedded.Port,
                    Extensions = MigrationRunner.RequiredExtensions,
                },
                provider.GetRequiredService<ILogger<EmbeddedPostgresCluster>>());
        });
        services.AddHostedService<EmbeddedClusterLifetime>();
        services.AddHostedService<DatabaseInitializer>();
        return builder;
    }

    /// <summary>
    /// A request that fails because PostgreSQL cannot be reached becomes a
    /// <see cref="RejectionKind.Unavailable"/> rejection (503 with Retry-After through
    /// <see cref="RejectionProblem.UseRejections"/>, which must come before this in the pipeline);
    /// the driver's message goes to the log, not to the caller.
    /// </summary>
    public static IApplicationBuilder UseDatabaseOutages(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            try
            {
                await next(context);
            }
            catch (Exception exception) when (DatabaseOutage.Is(exception) && !context.Response.HasStarted)
            {
                throw DatabaseOutage.Reject(exception, context.RequestServices.GetRequiredService<ILogger<DatabaseOutage>>());
            }
        });

    /// <param name="primary">
    /// For the primary: given several hosts (the primary and the standbys that may replace it), connections
    /// go to whichever accepts writes, so a promoted standby is found without a restart.
    /// </param>
    internal static NpgsqlDataSource CreateDataSource(string connectionString, bool primary = false)
    {
        var dataSource = new NpgsqlDataSourceBuilder(connectionString);
        if (primary && dataSource.ConnectionStringBuilder.Host?.Contains(',', StringComparison.Ordinal) == true
            && !connectionString.Contains("Target Session Attributes", StringComparison.OrdinalIgnoreCase))
        {
            dataSource.ConnectionStringBuilder.TargetSessionAttributes = "read-write";
        }

        // The same few statements run all day: prepared once per connection they skip planning,
        // and keep the serial plans that suit many concurrent requests. A configured value wins.
        if (!connectionString.Contains("Auto Prepare", StringComparison.OrdinalIgnoreCase))
        {
            dataSource.ConnectionStringBuilder.MaxAutoPrepare = 50;
        }

        // JIT compilation is off for every connection: FireMap's statements look expensive to the
        // planner (a risk gather or a report touches every building) and JIT would compile them, at a
        // cost of hundreds of milliseconds per statement that it never earns back. A configured
        // jit setting wins.
        var options = dataSource.ConnectionStringBuilder.Options;
        if (options?.Contains("jit", StringComparison.OrdinalIgnoreCase) != true)
        {
            dataSource.ConnectionStringBuilder.Options = string.IsNullOrWhiteSpace(options) ? "-c jit=off" : options + " -c jit=off";
        }

        // A connection handed back to the pool keeps its session as it is, instead of a reset
        // statement (RESET ALL, UNLISTEN, advisory unlocks …) on every return, one round trip of a
        // request's two or three. FireMap leaves no session state behind: settings are SET LOCAL,
        // temporary tables ON COMMIT DROP, the job lock is released in a finally block, and the
        // cluster listener has its own connection outside the pool. A configured value wins.
        if (!connectionString.Contains("Reset On Close", StringComparison.OrdinalIgnoreCase))
        {
            dataSource.ConnectionStringBuilder.NoResetOnClose = true;
        }

        return dataSource.UseNetTopologySuite().Build();
    }
}
