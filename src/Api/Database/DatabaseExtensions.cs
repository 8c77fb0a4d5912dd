using FireMap.Api.Database.Embedded;
using Npgsql;

namespace FireMap.Api.Database;

/// <summary>
/// Chooses the database: the connection string in <c>FIREMAP_CONNECTION</c> (or
/// <c>ConnectionStrings:FireMap</c>) when set, otherwise a private embedded cluster in
/// <c>.firemap/</c>. Migrations and the first demo load run before the server accepts requests.
/// </summary>
public static class DatabaseExtensions
{
    public const string ConnectionVariable = "FIREMAP_CONNECTION";

    public static WebApplicationBuilder AddDatabase(this WebApplicationBuilder builder)
    {
        var paths = FireMapPaths.Resolve(builder.Configuration);
        builder.Services.AddSingleton(paths);

        var connectionString = builder.Configuration[ConnectionVariable] ?? builder.Configuration.GetConnectionString("FireMap");
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            connectionString = StartEmbedded(builder, paths);
        }

        builder.Services.AddSingleton(new DatabaseSettings(
            connectionString,
            LoadDemoData: builder.Configuration.GetValue("FireMap:LoadDemoData", true),
            DemoDataDirectory: builder.Configuration["FireMap:DemoData"] ?? paths.DemoData));
        builder.Services.AddSingleton(_ => new NpgsqlDataSourceBuilder(connectionString)
            .UseNetTopologySuite()
            .Build());
        builder.Services.AddSingleton<MigrationRunner>();
        builder.Services.AddHostedService<DatabaseInitializer>();
        return builder;
    }

    private static string StartEmbedded(WebApplicationBuilder builder, FireMapPaths paths)
    {
        using var loggerFactory = LoggerFactory.Create(logging => logging.AddSimpleConsole(o => o.SingleLine = true));
        var logger = loggerFactory.CreateLogger<EmbeddedPostgresCluster>();
        var options = new EmbeddedPostgresOptions
        {
            Directory = builder.Configuration["FireMap:Embedded:Directory"] ?? Path.Combine(paths.StateDirectory, "postgres"),
            Port = builder.Configuration.GetValue("FireMap:Embedded:Port", 54329),
        };
        var cluster = new EmbeddedPostgresCluster(options, logger);
        var connectionString = cluster.Start();
        builder.Services.AddSingleton(cluster);
        builder.Services.AddHostedService<EmbeddedClusterLifetime>();
        return connectionString;
    }
}
