using System.Net;
using System.Net.Sockets;
using FireMap.Api.Database.Embedded;
using FireMap.TestHost;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace FireMap.Api.Tests.Database;

/// <summary>The private cluster FireMap runs when no connection string is set: its life across restarts and mishaps.</summary>
public sealed class EmbeddedPostgresClusterTests : IDisposable
{
    private readonly string _directory = Path.Combine(RepositoryRoot.Find(), ".firemap", "cluster-tests", Guid.NewGuid().ToString("N")[..8]);
    private readonly List<EmbeddedPostgresCluster> _started = [];

    [Fact]
    public async Task Start_after_stop_keeps_the_data()
    {
        var first = Start(FreePort());
        await ExecuteAsync(first, "CREATE TABLE kept (v int); INSERT INTO kept VALUES (42)");
        first.Stop();

        var second = Start(FreePort());

        Assert.Equal(42, await ScalarAsync(second, "SELECT v FROM kept"));
    }

    [Fact]
    public async Task Start_when_preferred_port_is_taken_uses_next_free_port()
    {
        var port = FreePort();
        using var squatter = new TcpListener(IPAddress.Loopback, port);
        squatter.Start();

        var cluster = Start(port);

        Assert.NotEqual(port, cluster.Port);
        Assert.Equal(1, await ScalarAsync(cluster, "SELECT 1"));
    }

    [Fact]
    public async Task Start_with_stale_lock_file_from_a_crash_starts_cleanly()
    {
        var cluster = Start(FreePort());
        cluster.Stop();
        // What a killed server leaves: a postmaster.pid naming a process that no longer exists.
        await File.WriteAllLinesAsync(Path.Combine(cluster.DataDirectory, "postmaster.pid"),
            ["999999", cluster.DataDirectory, "1700000000", cluster.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "", "127.0.0.1", "0 0", "ready"]);

        var restarted = Start(FreePort());

        Assert.Equal(1, await ScalarAsync(restarted, "SELECT 1"));
    }

    [Fact]
    public async Task Start_while_already_running_adopts_the_running_server()
    {
        var first = Start(FreePort());

        var second = Start(FreePort());

        Assert.Equal(first.Port, second.Port);
        Assert.Equal(1, await ScalarAsync(second, "SELECT 1"));
    }

    public void Dispose()
    {
        if (_started.Count > 0)
        {
            _started[^1].Stop();
        }

        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (UnauthorizedAccessException)
        {
            // Left for the next run's clean-up of .firemap; never worth failing a test over.
        }
    }

    private EmbeddedPostgresCluster Start(int port)
    {
        var cluster = new EmbeddedPostgresCluster(new EmbeddedPostgresOptions { Directory = _directory, Port = port, Durable = false }, NullLogger.Instance);
        cluster.Start();
        _started.Add(cluster);
        return cluster;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task ExecuteAsync(EmbeddedPostgresCluster cluster, string sql)
    {
        await using var connection = new NpgsqlConnection(cluster.ConnectionStringFor("firemap"));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<int> ScalarAsync(EmbeddedPostgresCluster cluster, string sql)
    {
        await using var connection = new NpgsqlConnection(cluster.ConnectionStringFor("firemap"));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt32(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
