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
        builder.Services.AddSingleton(_ => CreateDataSource(connectionString));
        builder.Services.AddSingleton<MigrationRunner>();
        builder.Services.AddHostedService<DatabaseInitializer>();
        return builder;
    }

    private static NpgsqlDataSource CreateDataSource(string connectionString)
    {
        var dataSource = new NpgsqlDataSourceBuilder(connectionString);
        // The same few statements run all day: prepared once per connection they skip planning,
        // and keep the serial plans that suit many concurrent requests. A configured value wins.
        if (!connectionString.Contains("Auto Prepare", StringComparison.OrdinalIgnoreCase))
        {
            dataSource.ConnectionStringBuilder.MaxAutoPrepare = 50;
        }

        return dataSource.UseNetTopologySuite().Build();
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
