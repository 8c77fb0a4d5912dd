using FireMap.Api;
using FireMap.Api.Database;
using FireMap.Api.Database.Embedded;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace FireMap.Bench.Risk;

/// <summary>
/// The private benchmark cluster in <c>.firemap/bench-risk-postgres</c> (not durable: fsync off, it holds
/// only generated data) and its <c>firemap_bench_risk</c> database with the service's migrations.
/// </summary>
public sealed class RiskBenchDatabase : IDisposable
{
    public const string DatabaseName = "firemap_bench_risk";

    private readonly EmbeddedPostgresCluster _cluster;

    private RiskBenchDatabase(EmbeddedPostgresCluster cluster, string connectionString, NpgsqlDataSource setup)
    {
        _cluster = cluster;
        ConnectionString = connectionString;
        Setup = setup;
    }

    /// <summary>The plain connection string, as the service is given it.</summary>
    public string ConnectionString { get; }

    /// <summary>For generation: no command timeout, loading takes minutes.</summary>
    public NpgsqlDataSource Setup { get; }

    public int Port => _cluster.Port;

    /// <summary>The postmaster: backends and parallel workers are its children.</summary>
    public int PostmasterPid => int.Parse(File.ReadLines(Path.Combine(_cluster.DataDirectory, "postmaster.pid")).First(), System.Globalization.CultureInfo.InvariantCulture);

    public static RiskBenchDatabase Start(int port, ILoggerFactory loggers)
    {
        var paths = FireMapPaths.Resolve(new ConfigurationBuilder().Build());
        var cluster = new EmbeddedPostgresCluster(new EmbeddedPostgresOptions
        {
            Directory = Path.Combine(paths.StateDirectory, "bench-risk-postgres"),
            Port = port,
            Database = DatabaseName,
            Durable = false,
        }, loggers.CreateLogger<EmbeddedPostgresCluster>());
        var connectionString = cluster.Start();

        // The migrations create the PostGIS types, so they run before any pooled connection opens.
        var settings = new DatabaseSettings(connectionString, LoadDemoData: false, DemoDataDirectory: "");
        new MigrationRunner(settings, loggers.CreateLogger<MigrationRunner>()).Apply();

        var setup = new NpgsqlDataSourceBuilder(new NpgsqlConnectionStringBuilder(connectionString) { CommandTimeout = 0 }.ConnectionString).Build();
        return new RiskBenchDatabase(cluster, connectionString, setup);
    }

    public void Dispose()
    {
        Setup.Dispose();
        _cluster.Stop();
    }
}
