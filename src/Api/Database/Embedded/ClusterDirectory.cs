namespace FireMap.Api.Database.Embedded;

/// <summary>
/// Prepares the folder that holds the cluster. As root, PostgreSQL runs as the <c>postgres</c>
/// user, which must own the folder and the data in it and be able to reach them; when the checkout
/// lies under a folder that user cannot enter (such as /root), the cluster lives under
/// /var/lib/firemap instead. The credentials file beside the data stays with the service's own user.
/// </summary>
internal static class ClusterDirectory
{
    public static string Prepare(string wanted, ILogger logger)
    {
        var directory = Path.GetFullPath(wanted);
        Directory.CreateDirectory(directory);
        if (!ExternalCommand.IsRoot)
        {
            return directory;
        }

        if (TryHandOver(directory))
        {
            return directory;
        }

        var fallback = Path.Combine("/var/lib/firemap", StableName(directory));
        logger.LogWarning("The {User} user cannot reach {Directory}; keeping the cluster in {Fallback}", ExternalCommand.ServiceUser, directory, fallback);
        Directory.CreateDirectory(fallback);
        return TryHandOver(fallback)
            ? fallback
            : throw new EmbeddedPostgresException($"Could not give the {ExternalCommand.ServiceUser} user a folder for the cluster ({directory} or {fallback}).");
    }

    /// <summary>As root, makes the <c>postgres</c> user the owner of <paramref name="path"/> (so that it can read it).</summary>
    public static void GiveToServiceUser(string path)
    {
        if (ExternalCommand.IsRoot)
        {
            Chown(path, recursive: false);
        }
    }

    private static bool TryHandOver(string directory)
    {
        Chown(directory, recursive: false);
        foreach (var serverFile in new[] { "data", "postgres.log" }.Select(name => Path.Combine(directory, name)))
        {
            if (Path.Exists(serverFile))
            {
                Chown(serverFile, recursive: true);
            }
        }

        var probe = ExternalCommand.Run("test", ["-w", directory, "-a", "-x", directory], TimeSpan.FromSeconds(30), asServiceUser: true);
        return probe.Succeeded;
    }

    private static void Chown(string path, bool recursive)
    {
        var owner = $"{ExternalCommand.ServiceUser}:{ExternalCommand.ServiceUser}";
        var chown = ExternalCommand.Run("chown", recursive ? ["-R", owner, path] : [owner, path], TimeSpan.FromMinutes(1));
        if (!chown.Succeeded)
        {
            throw new EmbeddedPostgresException($"Running as root needs the '{ExternalCommand.ServiceUser}' user (installed with PostgreSQL): {chown.Describe()}");
        }
    }

    private static string StableName(string path)
    {
        var hash = System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(path));
        return Convert.ToHexString(hash, 0, 6).ToLowerInvariant();
    }
}
