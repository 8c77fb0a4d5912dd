using System.Globalization;

namespace FireMap.Api.Database.Embedded;

/// <summary>
/// The server process named by <c>postmaster.pid</c>. Its liveness is read from /proc rather than
/// asked of <c>pg_ctl status</c>: a killed postmaster whose parent does not reap it (as in a
/// container whose first process is not an init) stays a zombie, which <c>pg_ctl</c> and the
/// server's own lock check take for a running server.
/// </summary>
internal static class PostmasterProcess
{
    public static string LockFileOf(string dataDirectory) => Path.Combine(dataDirectory, "postmaster.pid");

    /// <summary>The running server's pid and port, or null when no live server holds the data folder.</summary>
    public static (int Pid, int Port)? Read(string dataDirectory)
    {
        string[] lines;
        try
        {
            lines = File.ReadAllLines(LockFileOf(dataDirectory));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }

        // postmaster.pid: line 1 is the pid, line 4 the port the server listens on.
        if (lines.Length < 4
            || !int.TryParse(lines[0], NumberStyles.None, CultureInfo.InvariantCulture, out var pid)
            || !int.TryParse(lines[3], NumberStyles.None, CultureInfo.InvariantCulture, out var port)
            || !IsAlive(pid))
        {
            return null;
        }

        return (pid, port);
    }

    /// <summary>True when <paramref name="pid"/> is a live (not zombie) postgres process.</summary>
    public static bool IsAlive(int pid)
    {
        if (!OperatingSystem.IsLinux())
        {
            return true; // no /proc to ask; the caller falls back on pg_ctl
        }

        try
        {
            // /proc/<pid>/stat: "pid (comm) state ..."; comm may contain spaces, so read after the last ')'.
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var close = stat.LastIndexOf(')');
            var open = stat.IndexOf('(', StringComparison.Ordinal);
            var name = stat[(open + 1)..close];
            var state = stat[(close + 2)..].Split(' ', 2)[0];
            return name is "postgres" or "postmaster" && state is not ("Z" or "X" or "x");
        }
        catch (IOException)
        {
            return false;
        }
        catch (ArgumentOutOfRangeException)
        {
            return false;
        }
    }
}
