namespace FireMap.Api.Database.Embedded;

/// <summary>
/// Prepares the folder that holds the cluster. As root, PostgreSQL runs as the <c>postgres</c>
/// user, which must own the folder and be able to reach it; when the checkout lies under a
/// folder that user cannot enter (such as /root), the cluster lives under /var/lib/firemap instead.
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

    private static bool TryHandOver(string directory)
    {
        var owner = $"{ExternalCommand.ServiceUser}:{ExternalCommand.ServiceUser}";
        var chown = ExternalCommand.Run("chown", ["-R", owner, directory], TimeSpan.FromMinutes(1));
        if (!chown.Succeeded)
        {
            throw new EmbeddedPostgresException($"Running as root needs the '{ExternalCommand.ServiceUser}' user (installed with PostgreSQL): {chown.Describe()}");
        }

        var probe = ExternalCommand.Run("test", ["-w", directory, "-a", "-x", directory], TimeSpan.FromSeconds(30), asServiceUser: true);
        return probe.Succeeded;
    }

    private static string StableName(string path)
    {
        var hash = System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(path));
        return Convert.ToHexString(hash, 0, 6).ToLowerInvariant();
    }
}
