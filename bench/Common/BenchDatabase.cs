using System.Globalization;
using FireMap.Api;
using FireMap.Api.Database;
using FireMap.Api.Database.Embedded;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace FireMap.Bench.Common;

/// <summary>
/// A private benchmark cluster in <c>.firemap/{folder}</c> (not durable: fsync off, it holds only
/// generated data) and one database in it with the service's migrations.
/// </summary>
public sealed class BenchDatabase : IDisposable
{
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

    /// <summary>The postmaster: backends and parallel workers are its children.</summary>
    public int PostmasterPid => int.Parse(File.ReadLines(Path.Combine(_cluster.DataDirectory, "postmaster.pid")).First(), CultureInfo.InvariantCulture);

    public static FireMapPaths LocatePaths() => FireMapPaths.Resolve(new ConfigurationBuilder().Build());

    /// <param name="folder">Folder under <c>.firemap/</c> that holds the cluster.</param>
    /// <param name="database">Database to create (if missing) and migrate.</param>
    /// <param name="port">Preferred port on 127.0.0.1; the next free one is taken when it is busy.</param>
    /// <param name="loggers">Where the cluster and the migrations log.</param>
    public static BenchDatabase Start(string folder, string database, int port, ILoggerFactory loggers)
    {
        var cluster = new EmbeddedPostgresCluster(new EmbeddedPostgresOptions
        {
            Directory = Path.Combine(LocatePaths().StateDirectory, folder),
            Port = port,
            Database = database,
            Durable = false,
            Extensions = MigrationRunner.RequiredExtensions,
        }, loggers.CreateLogger<EmbeddedPostgresCluster>());
        var connectionString = cluster.Start();

        // The migrations create the PostGIS types, so they run before any pooled connection opens.
        var settings = new DatabaseSettings(connectionString);
        new MigrationRunner(settings, loggers.CreateLogger<MigrationRunner>(), [], []).Apply();

        // The benchmarks' own SQL runs in the session the service's connections have, JIT off
        // (DatabaseExtensions): with it on, the "SQL alone" side of a comparison would spend its
        // time compiling statements the service never compiles.
        var setup = new NpgsqlConnectionStringBuilder(connectionString) { CommandTimeout = 0, Options = "-c jit=off" };
        return new BenchDatabase(cluster, connectionString, new NpgsqlDataSourceBuilder(setup.ConnectionString).Build());
    }

    public void Dispose()
    {
        DataSource.Dispose();
        _cluster.Stop();
    }
}
