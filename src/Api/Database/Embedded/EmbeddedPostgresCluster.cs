using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace FireMap.Api.Database.Embedded;

/// <summary>
/// A private PostgreSQL cluster owned by FireMap: created on first start, reused afterwards (data
/// survive restarts), listening on 127.0.0.1 only, with trust authentication for the local
/// <c>firemap</c> superuser.
/// </summary>
public sealed class EmbeddedPostgresCluster
{
    private const string SuperUser = "firemap";
    private static readonly TimeSpan _startTimeout = TimeSpan.FromMinutes(2);

    private readonly EmbeddedPostgresOptions _options;
    private readonly ILogger _logger;
    private readonly PostgresBinaries _binaries;
    private readonly string _clusterDirectory;

    public EmbeddedPostgresCluster(EmbeddedPostgresOptions options, ILogger logger)
    {
        _options = options;
        _logger = logger;
        _binaries = PostgresBinaries.Locate();
        _clusterDirectory = ClusterDirectory.Prepare(options.Directory, logger);
    }

    public string DataDirectory => Path.Combine(_clusterDirectory, "data");

    private string LogFile => Path.Combine(_clusterDirectory, "postgres.log");

    public int Port { get; private set; }

    /// <summary>Connection string of the cluster's <c>postgres</c> maintenance database.</summary>
    public string AdminConnectionString => ConnectionStringFor("postgres");

    public string ConnectionStringFor(string database) => new NpgsqlConnectionStringBuilder
    {
        Host = "127.0.0.1",
        Port = Port,
        Username = SuperUser,
        Database = database,
    }.ConnectionString;

    /// <summary>Initialises the cluster if needed, starts it (or adopts a running one) and ensures the database exists.</summary>
    /// <returns>The connection string of the configured database.</returns>
    public string Start()
    {
        if (!File.Exists(Path.Combine(DataDirectory, "PG_VERSION")))
        {
            Initialise();
        }

        var running = ReadRunningPort();
        if (running is int port)
        {
            Port = port;
            _logger.LogInformation("Embedded PostgreSQL already running on port {Port}; reusing it", port);
        }
        else
        {
            RemoveStaleLock();
            Port = ChooseFreePort(_options.Port);
            StartServer();
        }

        EnsureDatabase(_options.Database);
        return ConnectionStringFor(_options.Database);
    }

    public void Stop()
    {
        var result = ExternalCommand.Run(_binaries.PgCtl, ["stop", "-D", DataDirectory, "-m", "fast", "-w", "-t", "60"], _startTimeout, asServiceUser: true);
        if (result.Succeeded)
        {
            _logger.LogInformation("Embedded PostgreSQL stopped");
        }
        else
        {
            _logger.LogWarning("Stopping embedded PostgreSQL failed: {Result}", result.Describe());
        }
    }

    private void Initialise()
    {
        _logger.LogInformation("Creating the embedded PostgreSQL cluster in {Directory}", DataDirectory);
        var result = ExternalCommand.Run(_binaries.InitDb,
            ["-D", DataDirectory, "-U", SuperUser, "--auth=trust", "-E", "UTF8", "--no-locale", "--no-instructions"],
            _startTimeout, asServiceUser: true);
        if (!result.Succeeded)
        {
            throw new EmbeddedPostgresException($"initdb failed in {DataDirectory} ({result.Describe()})");
        }

        var settings = new List<string>
        {
            "listen_addresses = '127.0.0.1'",
            // No Unix socket: the default socket folder is not writable for every user, and TCP on loopback is enough.
            "unix_socket_directories = ''",
            "max_connections = 200",
            "shared_buffers = '256MB'",
        };
        if (!_options.Durable)
        {
            settings.AddRange(["fsync = off", "synchronous_commit = off", "full_page_writes = off"]);
        }

        File.AppendAllLines(Path.Combine(DataDirectory, "postgresql.conf"), settings);
    }

    private int? ReadRunningPort()
    {
        var status = ExternalCommand.Run(_binaries.PgCtl, ["status", "-D", DataDirectory], _startTimeout, asServiceUser: true);
        if (!status.Succeeded)
        {
            return null;
        }

        // postmaster.pid: line 4 is the port the running server listens on.
        var lines = File.ReadAllLines(Path.Combine(DataDirectory, "postmaster.pid"));
        return lines.Length > 3 && int.TryParse(lines[3], out var port) ? port : null;
    }

    private void RemoveStaleLock()
    {
        var lockFile = Path.Combine(DataDirectory, "postmaster.pid");
        if (File.Exists(lockFile))
        {
            // pg_ctl status said no server runs on this data folder: the lock is left over from a crash.
            _logger.LogWarning("Removing stale lock file {LockFile}", lockFile);
            File.Delete(lockFile);
        }
    }

    private int ChooseFreePort(int preferred)
    {
        for (var port = preferred; port < preferred + 50; port++)
        {
            if (IsFree(port))
            {
                if (port != preferred)
                {
                    _logger.LogWarning("Port {Preferred} is in use; the embedded PostgreSQL uses port {Port}", preferred, port);
                }

                return port;
            }
        }

        throw new EmbeddedPostgresException($"Ports {preferred}–{preferred + 49} on 127.0.0.1 are all in use; set FireMap:Embedded:Port to a free port.");
    }

    private static bool IsFree(int port)
    {
        try
        {
            using var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            listener.Stop();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private void StartServer()
    {
        _logger.LogInformation("Starting embedded PostgreSQL on 127.0.0.1:{Port}", Port);
        var result = ExternalCommand.Run(_binaries.PgCtl,
            ["start", "-D", DataDirectory, "-l", LogFile, "-w", "-t", "120", "-o", $"-p {Port}"],
            _startTimeout, asServiceUser: true);
        if (!result.Succeeded)
        {
            var log = File.Exists(LogFile) ? string.Join('\n', File.ReadLines(LogFile).TakeLast(15)) : "(no log)";
            throw new EmbeddedPostgresException($"The embedded PostgreSQL did not start ({result.Describe()}). Last lines of {LogFile}:\n{log}");
        }
    }

    private void EnsureDatabase(string database)
    {
        using var connection = new NpgsqlConnection(AdminConnectionString);
        connection.Open();
        using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @name", connection);
        exists.Parameters.AddWithValue("name", database);
        if (exists.ExecuteScalar() is null)
        {
            using var create = new NpgsqlCommand($"CREATE DATABASE \"{database.Replace("\"", "\"\"", StringComparison.Ordinal)}\"", connection);
            create.ExecuteNonQuery();
        }
    }
}
