using System.Diagnostics;
using System.Globalization;

namespace FireMap.Bench.Risk;

/// <summary>
/// CPU seconds used so far by this process and by the PostgreSQL postmaster's tree (its own time, the time
/// of children it has reaped, such as parallel workers, and that of live backends), read from /proc. On a
/// machine shared with other work, CPU seconds say what a recompute costs; wall seconds what it took here.
/// </summary>
public readonly record struct CpuClock(double Service, double Database)
{
    // USER_HZ: the unit of /proc times; 100 on every Linux architecture .NET runs on.
    private const double TicksPerSecond = 100;

    public static CpuClock Read(int postmasterPid)
    {
        using var self = Process.GetCurrentProcess();
        long database = 0;
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(directory), NumberStyles.None, CultureInfo.InvariantCulture, out var pid)
                && Ticks(pid) is var (parent, own, reaped)
                && (pid == postmasterPid || parent == postmasterPid))
            {
                database += own + reaped;
            }
        }

        return new CpuClock(self.TotalProcessorTime.TotalSeconds, database / TicksPerSecond);
    }

    public static CpuClock operator -(CpuClock end, CpuClock start) => new(end.Service - start.Service, end.Database - start.Database);

    private static (int Parent, long Own, long Reaped)? Ticks(int pid)
    {
        try
        {
            // Fields after the last ')': [1] ppid, [11] utime, [12] stime, [13] cutime, [14] cstime.
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            long Field(int index) => long.Parse(fields[index], CultureInfo.InvariantCulture);
            return ((int)Field(1), Field(11) + Field(12), Field(13) + Field(14));
        }
        catch (IOException)
        {
            return null;
        }
    }
}
