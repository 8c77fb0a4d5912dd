using System.Globalization;
using System.Net;
using System.Net.Sockets;
using FireMap.Api.Database.Embedded;
using FireMap.TestHost;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace FireMap.Api.Tests.Database;

/// <summary>
/// A cluster made by an earlier version (trust authentication for every local connection, the
/// service connected as the superuser <c>firemap</c>, which owns everything) keeps its data and is
/// switched to passwords and an application role on its first start by this version.
/// </summary>
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public sealed class LegacyClusterConversionTests : IDisposable
{
    private const string LegacyObjects = """
        CREATE TABLE notes (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, body text NOT NULL, serial_no serial);
        INSERT INTO notes (body) VALUES ('kept');
        CREATE SEQUENCE note_code_seq;
        CREATE FUNCTION note_count() RETURNS bigint LANGUAGE sql AS 'SELECT count(*) FROM notes';
        CREATE VIEW note_bodies AS SELECT body FROM notes;
        CREATE TYPE note_kind AS ENUM ('a', 'b');
        CREATE DOMAIN positive AS int CHECK (VALUE > 0);
        CREATE SCHEMA extra CREATE TABLE extra_notes (v int);
        """;

    private readonly string _directory = Path.Combine(RepositoryRoot.Find(), ".firemap", "cluster-tests", "legacy-" + Guid.NewGuid().ToString("N")[..8]);
    private readonly int _port = FreePort();
    private EmbeddedPostgresCluster? _cluster;

    [Fact]
    public async Task Start_on_trust_cluster_of_earlier_version_converts_it_and_keeps_data()
    {
        var clusterDirectory = CreateLegacyCluster();

        _cluster = new EmbeddedPostgresCluster(new EmbeddedPostgresOptions { Directory = _directory, Port = _port, Durable = false }, NullLogger.Instance);
        _cluster.Start();

        // Passwords now: the old way in (any password, as firemap) is refused.
        var trusted = new NpgsqlConnectionStringBuilder(_cluster.AdminConnectionString) { Username = "firemap", Password = "anything", Pooling = false };
        var refused = await Assert.ThrowsAsync<PostgresException>(() => new NpgsqlConnection(trusted.ConnectionString).OpenAsync());
        Assert.Equal(PostgresErrorCodes.InvalidPassword, refused.SqlState);
        Assert.DoesNotContain(File.ReadLines(Path.Combine(_cluster.DataDirectory, "pg_hba.conf")), line => line.TrimEnd().EndsWith("trust", StringComparison.Ordinal));

        // The superuser keeps its name and got the generated password.
        await using (var admin = await OpenAsync(_cluster.AdminConnectionString))
        {
            Assert.Equal("firemap", await ScalarAsync<string>(admin, "SELECT current_user"));
        }

        // The application role owns the data and can change the schema, as migrations will.
        await using var app = await OpenAsync(_cluster.ConnectionStringFor("firemap"));
        Assert.Equal("kept", await ScalarAsync<string>(app, "SELECT body FROM note_bodies"));
        Assert.Equal(1L, await ScalarAsync<long>(app, """
            SELECT nextval('note_code_seq');
            INSERT INTO notes (body) VALUES ('new');
            ALTER TABLE notes ADD COLUMN kind note_kind, ADD COLUMN n positive;
            INSERT INTO extra.extra_notes VALUES (1);
            CREATE OR REPLACE FUNCTION note_count() RETURNS bigint LANGUAGE sql AS 'SELECT count(*) FROM notes';
            """));
        Assert.Equal(2L, await ScalarAsync<long>(app, "SELECT note_count()"));
        Assert.False(await ScalarAsync<bool>(app, "SELECT rolsuper FROM pg_roles WHERE rolname = current_user"));
        Assert.Equal(0L, await ScalarAsync<long>(app, """
            SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname IN ('public', 'extra') AND c.relowner <> current_user::regrole
            """));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(Path.Combine(clusterDirectory, "credentials.json")));
    }

    public void Dispose()
    {
        _cluster?.Stop();
        ClusterTestFolders.Delete(_directory);
    }

    /// <summary>Creates, fills and stops a cluster the way FireMap did before passwords.</summary>
    private string CreateLegacyCluster()
    {
        var clusterDirectory = ClusterDirectory.Prepare(_directory, NullLogger.Instance);
        var data = Path.Combine(clusterDirectory, "data");
        var binaries = PostgresBinaries.Locate();
        Run(binaries.InitDb, ["-D", data, "-U", "firemap", "--auth=trust", "-E", "UTF8", "--no-locale", "--no-instructions", "--no-sync"]);
        File.AppendAllLines(Path.Combine(data, "postgresql.conf"), ["listen_addresses = '127.0.0.1'", "unix_socket_directories = ''", "fsync = off"]);
        Run(binaries.PgCtl, ["start", "-D", data, "-l", Path.Combine(clusterDirectory, "postgres.log"), "-w", "-t", "60", "-o", $"-p {_port}"]);
        try
        {
            var legacy = new NpgsqlConnectionStringBuilder { Host = "127.0.0.1", Port = _port, Username = "firemap", Database = "postgres", Pooling = false };
            using (var connection = new NpgsqlConnection(legacy.ConnectionString))
            {
                connection.Open();
                using var create = new NpgsqlCommand("CREATE DATABASE firemap", connection);
                create.ExecuteNonQuery();
            }

            legacy.Database = "firemap";
            using (var connection = new NpgsqlConnection(legacy.ConnectionString))
            {
                connection.Open();
                using var fill = new NpgsqlCommand(LegacyObjects, connection);
                fill.ExecuteNonQuery();
            }
        }
        finally
        {
            Run(binaries.PgCtl, ["stop", "-D", data, "-m", "fast", "-w"]);
        }

        return clusterDirectory;
    }

    private static void Run(string program, string[] arguments)
    {
        var result = ExternalCommand.Run(program, arguments, TimeSpan.FromMinutes(1), asServiceUser: true);
        Assert.True(result.Succeeded, $"{Path.GetFileName(program)}: {result.Describe()}");
    }

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
        return (T)Convert.ChangeType((await command.ExecuteScalarAsync())!, typeof(T), CultureInfo.InvariantCulture);
    }
}
