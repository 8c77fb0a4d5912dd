using FireMap.Api.Database;
using FireMap.Api.Database.Embedded;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace FireMap.TestHost;

/// <summary>
/// The throwaway PostgreSQL cluster that tests run against, in <c>.firemap/test-postgres</c>.
/// Test assemblies run in parallel, so starting it is guarded by a file lock, and each test process
/// gets a database of its own (by process id), created afresh on every run. <c>./firemap test</c> stops it.
/// Tests connect as the cluster's application role with its password, as the service does.
/// </summary>
public static class TestCluster
{
    private const string DatabasePrefix = "firemap_test_";

    private static readonly SemaphoreSlim _gate = new(1, 1);
    private static EmbeddedPostgresCluster? _cluster;
    private static int _databases;

    /// <summary>The superuser's connection string, for tests that must act on the cluster itself.</summary>
    public static string AdminConnectionString => _cluster?.AdminConnectionString ?? throw new InvalidOperationException("The test cluster has not started");

    /// <summary>
    /// Creates an empty database for one server of this test process (a process may run several,
    /// one per test collection; <paramref name="purpose"/> adds a name) and drops those of processes that have ended.
    /// </summary>
    public static async Task<string> CreateFreshDatabaseAsync(string root, string? purpose = null)
    {
        var database = $"{DatabasePrefix}{Environment.ProcessId}_{Interlocked.Increment(ref _databases)}" + (purpose is null ? "" : "_" + purpose);
        await _gate.WaitAsync();
        try
        {
            using (await AcquireFileLockAsync(Path.Combine(root, ".firemap", "test-postgres.lock")))
            {
                _cluster ??= StartCluster(root);
            }

            await using var connection = new NpgsqlConnection(_cluster.AdminConnectionString);
            await connection.OpenAsync();
            foreach (var stale in await StaleDatabasesAsync(connection, database))
            {
                await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{stale}\" WITH (FORCE)", connection);
                await drop.ExecuteNonQueryAsync();
            }

            // As for the service's own database: owned by the application role, which is no
            // superuser, with the extensions the superuser created; the migrations run as that role.
            return _cluster.EnsureDatabase(database);
        }
        finally
        {
            _gate.Release();
        }
    }

    private static async Task<List<string>> StaleDatabasesAsync(NpgsqlConnection connection, string own)
    {
        await using var list = new NpgsqlCommand("SELECT datname FROM pg_database WHERE datname LIKE @prefix", connection);
        list.Parameters.AddWithValue("prefix", DatabasePrefix + "%");
        var stale = new List<string>();
        await using var reader = await list.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            var name = reader.GetString(0);
            var pid = name[DatabasePrefix.Length..].Split('_')[0];
            if (name == own || !Directory.Exists($"/proc/{pid}"))
            {
                stale.Add(name);
            }
        }

        return stale;
    }

    private static EmbeddedPostgresCluster StartCluster(string root)
    {
        var cluster = new EmbeddedPostgresCluster(
            new EmbeddedPostgresOptions
            {
                Directory = Path.Combine(root, ".firemap", "test-postgres"),
                Port = 54339,
                Durable = false,
                Extensions = MigrationRunner.RequiredExtensions,
            },
            NullLogger.Instance);
        cluster.Start();
        return cluster;
    }

    private static async Task<FileStream> AcquireFileLockAsync(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var deadline = DateTime.UtcNow.AddMinutes(3);
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(200);
            }
        }
    }
}
