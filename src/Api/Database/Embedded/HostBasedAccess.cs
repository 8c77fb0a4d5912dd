namespace FireMap.Api.Database.Embedded;

/// <summary>
/// The cluster's <c>pg_hba.conf</c>. Clusters made by earlier FireMap versions trusted every
/// local connection; the cluster now asks every connection for a password (SCRAM-SHA-256).
/// </summary>
internal static class HostBasedAccess
{
    private static readonly string[] _passwordOnly =
    [
        "# Written by FireMap: every connection needs a password (SCRAM-SHA-256); the server listens on 127.0.0.1 only.",
        "# TYPE  DATABASE     USER  ADDRESS        METHOD",
        "local   all          all                  scram-sha-256",
        "host    all          all   127.0.0.1/32   scram-sha-256",
        "host    all          all   ::1/128        scram-sha-256",
        "local   replication  all                  scram-sha-256",
        "host    replication  all   127.0.0.1/32   scram-sha-256",
        "host    replication  all   ::1/128        scram-sha-256",
    ];

    public static bool TrustsAnyone(string dataDirectory) =>
        File.ReadLines(FileOf(dataDirectory))
            .Select(line => line.Split('#', 2)[0].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
            .Any(fields => fields.Length > 0 && fields[^1] is "trust" or "peer" or "ident");

    /// <summary>
    /// Replaces the rules with password-only ones. The file is rewritten in place, not replaced,
    /// so it keeps its owner (the <c>postgres</c> user when FireMap runs as root) and mode.
    /// </summary>
    public static void RequirePasswords(string dataDirectory)
    {
        using var file = new FileStream(FileOf(dataDirectory), FileMode.Truncate, FileAccess.Write);
        using var writer = new StreamWriter(file);
        foreach (var line in _passwordOnly)
        {
            writer.Write(line + "\n");
        }
    }

    private static string FileOf(string dataDirectory) => Path.Combine(dataDirectory, "pg_hba.conf");
}
