namespace FireMap.Api.Database.Embedded;

/// <summary>
/// A private PostgreSQL cluster owned by FireMap: created on first start, reused afterwards (data
/// survive restarts), listening on 127.0.0.1 only. Every connection needs a password
/// (SCRAM-SHA-256); the generated secrets live in <see cref="CredentialsFile"/> (mode 0600). The
/// service connects as <see cref="AppUser"/>, which owns its database but is no superuser.
/// Clusters made by earlier versions (trust authentication, superuser <c>firemap</c>) are
/// converted on their first start.
/// </summary>
public sealed class EmbeddedPostgresCluster
{
    /// <summary>Superuser of clusters this version creates.</summary>
    private const string SuperUser = "postgres";

    /// <summary>The trusted superuser that clusters of earlier versions were created with.</summary>
    private const string LegacySuperUser = "firemap";

    private static readonly TimeSpan _startTimeout = TimeSpan.FromMinutes(2);

    private readonly EmbeddedPostgresOptions _options;
    private readonly ILogger _logger;
    private readonly PostgresBinaries _binaries;
    private readonly string _clusterDirectory;
    private readonly Lock _lifecycle = new();
    private ClusterAccess? _access;

    public EmbeddedPostgresCluster(EmbeddedPostgresOptions options, ILogger logger)
    {
        _options = options;
        _logger = logger;
        _binaries = PostgresBinaries.Locate();
        _clusterDirectory = ClusterDirectory.Prepare(options.Directory, logger);
    }

    public string DataDirectory => Path.Combine(_clusterDirectory, "data");

    /// <summary>The generated passwords of the superuser and the application role (JSON, mode 0600).</summary>
    public string CredentialsFile => Path.Combine(_clusterDirectory, "credentials.json");

    private string LogFile => Path.Combine(_clusterDirectory, "postgres.log");

    public int Port { get; private set; }

    /// <summary>The role the service connects as: owner of its databases, not a superuser.</summary>
    public string AppUser => _options.AppUser;

    /// <summary>The superuser's connection string for the <c>postgres</c> maintenance database; for administration only.</summary>
    public string AdminConnectionString => Access.ConnectionString("postgres", asSuperUser: true);

    /// <summary>The application role's connection string for <paramref name="database"/>.</summary>
    public string ConnectionStringFor(string database) => Access.ConnectionString(database, asSuperUser: false);

    /// <summary>True while the postmaster of <see cref="DataDirectory"/> is alive.</summary>
    public bool IsRunning => PostmasterProcess.Read(DataDirectory) is not null;

    /// <summary>The postmaster's process id, or null when none runs.</summary>
    public int? ServerProcessId => PostmasterProcess.Read(DataDirectory)?.Pid;

    private ClusterAccess Access => _access ?? throw new InvalidOperationException("The embedded cluster has not been started");

    /// <summary>
    /// Initialises the cluster if needed, starts it (or adopts a running one), converts a cluster
    /// of an earlier version, and ensures the application role and the database exist.
    /// </summary>
    /// <returns>The application role's connection string for the configured database.</returns>
    public string Start()
    {
        lock (_lifecycle)
        {
            var exists = File.Exists(Path.Combine(DataDirectory, "PG_VERSION"));
            var credentials = LoadCredentials(exists);
            _access = new ClusterAccess(credentials, () => Port, _logger);
            if (!exists)
            {
                ClusterInitializer.Run(_binaries, _clusterDirectory, DataDirectory, credentials, _options.Durable, _logger);
            }

            if (PostmasterProcess.Read(DataDirectory) is { } running)
            {
                Port = running.Port;
                _logger.LogInformation("Embedded PostgreSQL already running on port {Port}; reusing it", Port);
            }
            else
            {
                Port = LoopbackPort.ChooseFree(_options.Port, _logger);
                StartServer();
            }

            var legacy = HostBasedAccess.TrustsAnyone(DataDirectory);
            if (legacy)
            {
                _logger.LogWarning("The embedded cluster in {Directory} trusts every local connection (made by an earlier version); switching it to passwords", DataDirectory);
            }

            _access.EnsureRoles(setPasswords: legacy);
            _access.EnsureDatabase(_options.Database, _options.Extensions);
            if (legacy)
            {
                HostBasedAccess.RequirePasswords(DataDirectory);
                _access.ReloadConfiguration();
                _logger.LogInformation("The embedded cluster now requires passwords; they are in {File}", CredentialsFile);
            }

            return ConnectionStringFor(_options.Database);
        }
    }

    /// <summary>
    /// Creates <paramref name="database"/> if it is missing, owned by the application role and
    /// with the configured extensions, as <see cref="Start"/> does for the configured database.
    /// </summary>
    /// <returns>The application role's connection string for it.</returns>
    public string EnsureDatabase(string database)
    {
        Access.EnsureDatabase(database, _options.Extensions);
        return ConnectionStringFor(database);
    }

    /// <summary>
    /// Starts the server again on the same port when its postmaster has died (killed, crashed),
    /// so that connection strings handed out stay valid. PostgreSQL's crash recovery replays the
    /// write-ahead log, so committed transactions survive on a durable cluster.
    /// </summary>
    /// <returns>True when the server was restarted; false when it was running.</returns>
    public bool RestartIfStopped()
    {
        lock (_lifecycle)
        {
            if (_access is null || IsRunning)
            {
                return false;
            }

            _logger.LogError("The embedded PostgreSQL on port {Port} is not running; restarting it", Port);
            StartServer();
            return true;
        }
    }

    public void Stop()
    {
        lock (_lifecycle)
        {
            if (!IsRunning)
            {
                return;
            }

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
    }

    private ClusterCredentials LoadCredentials(bool clusterExists)
    {
        if (ClusterCredentials.Load(CredentialsFile, _logger) is { } saved)
        {
            return saved;
        }

        if (clusterExists && !HostBasedAccess.TrustsAnyone(DataDirectory))
        {
            throw new EmbeddedPostgresException(
                $"The embedded cluster in {DataDirectory} requires passwords, but {CredentialsFile} is missing. " +
                "Restore that file, or move the folder aside to create a new, empty cluster.");
        }

        // Written before the cluster learns them: a start cut short finds them on the next try.
        var generated = ClusterCredentials.Generate(clusterExists ? LegacySuperUser : SuperUser, _options.AppUser);
        generated.Save(CredentialsFile);
        return generated;
    }

    private void RemoveStaleLock()
    {
        var lockFile = PostmasterProcess.LockFileOf(DataDirectory);
        if (File.Exists(lockFile))
        {
            // No live server holds this data folder: the lock is left over from a crash. PostgreSQL
            // would remove it itself, unless the dead postmaster lingers as a zombie.
            _logger.LogWarning("Removing stale lock file {LockFile}", lockFile);
            File.Delete(lockFile);
        }
    }

    // After a crash the server first flushes every file of the data folder to disk; syncfs does
    // that with one call per file system instead of one per file (seconds less before recovery
    // starts, same guarantee). Given on the command line, so clusters of earlier versions get it too.
    private void StartServer()
    {
        RemoveStaleLock();
        _logger.LogInformation("Starting embedded PostgreSQL on 127.0.0.1:{Port}", Port);
        var result = ExternalCommand.Run(_binaries.PgCtl,
            ["start", "-D", DataDirectory, "-l", LogFile, "-w", "-t", "120", "-o", $"-p {Port} -c recovery_init_sync_method=syncfs"],
            _startTimeout, asServiceUser: true);
        if (!result.Succeeded)
        {
            var log = File.Exists(LogFile) ? string.Join('\n', File.ReadLines(LogFile).TakeLast(15)) : "(no log)";
            throw new EmbeddedPostgresException($"The embedded PostgreSQL did not start ({result.Describe()}). Last lines of {LogFile}:\n{log}");
        }
    }
}
