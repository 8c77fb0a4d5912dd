using System.Net;
using System.Net.Sockets;
using FireMap.Api.Database.Embedded;
using FireMap.TestHost;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace FireMap.Api.Tests.Database;

/// <summary>
/// The embedded cluster asks every connection for a password and serves the service as a role
/// that owns its database but is no superuser; its secrets are readable by the service's user only.
/// </summary>
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public sealed class EmbeddedClusterSecurityTests : IDisposable
{
    private readonly string _directory = Path.Combine(RepositoryRoot.Find(), ".firemap", "cluster-tests", Guid.NewGuid().ToString("N")[..8]);
    private EmbeddedPostgresCluster? _cluster;

    private EmbeddedPostgresCluster Cluster => _cluster ??= Start();

    [Fact]
    public async Task Connect_without_password_is_refused()
    {
        foreach (var user in new[] { Cluster.AppUser, "postgres", "firemap" })
        {
            var withoutPassword = new NpgsqlConnectionStringBuilder(Cluster.ConnectionStringFor("firemap")) { Username = user, Password = null };

            var refused = await Assert.ThrowsAnyAsync<NpgsqlException>(() => OpenAsync(withoutPassword.ConnectionString));

            Assert.Contains("password", refused.Message, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task Connect_with_wrong_password_is_refused()
    {
        foreach (var connectionString in new[] { Cluster.ConnectionStringFor("firemap"), Cluster.AdminConnectionString })
        {
            var wrong = new NpgsqlConnectionStringBuilder(connectionString) { Password = "not-the-password" };

            var refused = await Assert.ThrowsAsync<PostgresException>(() => OpenAsync(wrong.ConnectionString));

            Assert.Equal(PostgresErrorCodes.InvalidPassword, refused.SqlState);
        }
    }

    [Fact]
    public async Task App_role_is_no_superuser_but_owns_its_database()
    {
        await using var connection = await OpenAsync(Cluster.ConnectionStringFor("firemap"));

        Assert.Equal(Cluster.AppUser, await ScalarAsync<string>(connection, "SELECT current_user"));
        Assert.False(await ScalarAsync<bool>(connection, "SELECT rolsuper FROM pg_roles WHERE rolname = current_user"));
        Assert.False(await ScalarAsync<bool>(connection, "SELECT rolcreaterole OR rolcreatedb FROM pg_roles WHERE rolname = current_user"));
        Assert.Equal(Cluster.AppUser, await ScalarAsync<string>(connection, "SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = current_database()"));
        await ScalarAsync<int>(connection, "CREATE TABLE owned (v int); SELECT 1");
    }

    [Theory]
    [InlineData("SELECT count(*) FROM pg_authid")]
    [InlineData("SELECT pg_read_file('postgresql.conf')")]
    [InlineData("CREATE EXTENSION IF NOT EXISTS dblink")]
    [InlineData("ALTER ROLE current_user SUPERUSER")]
    public async Task App_role_privileged_statement_is_refused(string sql)
    {
        await using var connection = await OpenAsync(Cluster.ConnectionStringFor("firemap"));

        var refused = await Assert.ThrowsAsync<PostgresException>(() => ScalarAsync<object>(connection, sql));

        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, refused.SqlState);
    }

    [Fact]
    public void Credentials_file_is_readable_by_its_owner_only()
    {
        var file = Cluster.CredentialsFile;

        Assert.True(File.Exists(file));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
        Assert.Equal(Environment.UserName, Owner(file));
        Assert.False(File.Exists(Path.Combine(Path.GetDirectoryName(file)!, "initdb.pw")), "initdb's password file is left behind");
    }

    [Fact]
    public async Task Start_after_stop_keeps_data_and_passwords()
    {
        await using (var connection = await OpenAsync(Cluster.ConnectionStringFor("firemap")))
        {
            await ScalarAsync<int>(connection, "CREATE TABLE kept (v int); INSERT INTO kept VALUES (7); SELECT 1");
        }

        var before = await File.ReadAllTextAsync(Cluster.CredentialsFile);
        Cluster.Stop();
        var restarted = new EmbeddedPostgresCluster(Options(FreePort()), NullLogger.Instance);
        restarted.Start();

        await using var again = await OpenAsync(restarted.ConnectionStringFor("firemap"));
        Assert.Equal(7, await ScalarAsync<int>(again, "SELECT v FROM kept"));
        Assert.Equal(before, await File.ReadAllTextAsync(restarted.CredentialsFile));
    }

    public void Dispose()
    {
        _cluster?.Stop();
        ClusterTestFolders.Delete(_directory);
    }

    private EmbeddedPostgresCluster Start()
    {
        var cluster = new EmbeddedPostgresCluster(Options(FreePort()), NullLogger.Instance);
        cluster.Start();
        return cluster;
    }

    private EmbeddedPostgresOptions Options(int port) => new() { Directory = _directory, Port = port, Durable = false };

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task<NpgsqlConnection> OpenAsync(string connectionString)
    {
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        return connection;
    }

    private static async Task<T> ScalarAsync<T>(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync())!;
    }

    private static string Owner(string path)
    {
        using var stat = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("stat", ["-c", "%U", path]) { RedirectStandardOutput = true })!;
        var owner = stat.StandardOutput.ReadToEnd().Trim();
        stat.WaitForExit();
        return owner;
    }
}
