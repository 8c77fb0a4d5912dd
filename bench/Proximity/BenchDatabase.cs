using System.Globalization;
using FireMap.Api;
using FireMap.Api.Database;
using FireMap.Api.Database.Embedded;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace FireMap.Bench.Proximity;

/// <summary>
/// The private benchmark cluster in <c>.firemap/bench-postgres</c> (not durable: fsync off, it
/// holds only generated data) and its <c>firemap_bench</c> database with the service's migrations.
/// </summary>
public sealed class BenchDatabase : IDisposable
{
    public const string DatabaseName = "firemap_bench";

    private readonly EmbeddedPostgresCluster _cluster;

    private BenchDatabase(EmbeddedPostgresCluster cluster, string connectionString, NpgsqlDataSource dataSource)
    {
        _cluster = cluster;
        ConnectionString = connectionString;
        DataSource = dataSource;
    }

    /// <summary>What the service is given: the plain connection string, with Npgsql's defaults.</summary>
    public string ConnectionString { get; }

    /// <summary>For set-up work (generation, EXPLAIN): no command timeout, loading takes minutes.</summary>
    public NpgsqlDataSource DataSource { get; }

    public int Port => _cluster.Port;

    public static BenchDatabase Start(FireMapPaths paths, int port, ILoggerFactory loggers)
    {
        var cluster = new EmbeddedPostgresCluster(new EmbeddedPostgresOptions
        {
            Directory = Path.Combine(paths.StateDirectory, "bench-postgres"),
            Port = port,
            Database = DatabaseName,
            Durable = false,
        }, loggers.CreateLogger<EmbeddedPostgresCluster>());
        var connectionString = cluster.Start();

        // The migrations create the PostGIS types, so they run before any pooled connection opens.
        var settings = new DatabaseSettings(connectionString, LoadDemoData: false, DemoDataDirectory: "");
        new MigrationRunner(settings, loggers.CreateLogger<MigrationRunner>()).Apply();

        var setup = new NpgsqlConnectionStringBuilder(connectionString) { CommandTimeout = 0 };
        var dataSource = new NpgsqlDataSourceBuilder(setup.ConnectionString).Build();
        return new BenchDatabase(cluster, connectionString, dataSource);
    }

    /// <summary>The postmaster: backends and parallel workers are its children.</summary>
    public int PostmasterPid => int.Parse(File.ReadLines(Path.Combine(_cluster.DataDirectory, "postmaster.pid")).First(), CultureInfo.InvariantCulture);

    public static FireMapPaths LocatePaths() => FireMapPaths.Resolve(new ConfigurationBuilder().Build());

    public void Dispose()
    {
        DataSource.Dispose();
        _cluster.Stop();
    }
}
