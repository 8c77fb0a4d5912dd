namespace FireMap.Api.Database.Embedded;

/// <summary>
/// Creates a new cluster with <c>initdb</c>: password (SCRAM-SHA-256) authentication for every
/// connection from the start, the generated superuser password, loopback only.
/// </summary>
internal static class ClusterInitializer
{
    private static readonly TimeSpan _timeout = TimeSpan.FromMinutes(2);

    public static void Run(PostgresBinaries binaries, string clusterDirectory, string dataDirectory, ClusterCredentials credentials, bool durable, ILogger logger)
    {
        logger.LogInformation("Creating the embedded PostgreSQL cluster in {Directory}", dataDirectory);
        // initdb reads the superuser's password from a file; as root it runs as the postgres user,
        // who must be able to read it. It lives only while initdb runs.
        var passwordFile = Path.Combine(clusterDirectory, "initdb.pw");
        ClusterCredentials.WriteOwnerOnly(passwordFile, credentials.SuperUserPassword + "\n");
        try
        {
            ClusterDirectory.GiveToServiceUser(passwordFile);
            List<string> arguments = ["-D", dataDirectory, "-U", credentials.SuperUser, "--auth=scram-sha-256", $"--pwfile={passwordFile}",
                "-E", "UTF8", "--no-locale", "--no-instructions"];
            if (!durable)
            {
                arguments.Add("--no-sync");
            }

            var result = ExternalCommand.Run(binaries.InitDb, arguments, _timeout, asServiceUser: true);
            if (!result.Succeeded)
            {
                throw new EmbeddedPostgresException($"initdb failed in {dataDirectory} ({result.Describe()})");
            }
        }
        finally
        {
            File.Delete(passwordFile);
        }

        var settings = new List<string>
        {
            "listen_addresses = '127.0.0.1'",
            // No Unix socket: the default socket folder is not writable for every user, and TCP on loopback is enough.
            "unix_socket_directories = ''",
            "password_encryption = 'scram-sha-256'",
            "max_connections = 200",
            "shared_buffers = '256MB'",
        };
        if (!durable)
        {
            settings.AddRange(["fsync = off", "synchronous_commit = off", "full_page_writes = off"]);
        }

        File.AppendAllLines(Path.Combine(dataDirectory, "postgresql.conf"), settings);
    }
}
