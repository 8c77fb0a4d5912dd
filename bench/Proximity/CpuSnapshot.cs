using System.Globalization;

namespace FireMap.Bench.Proximity;

/// <summary>
/// CPU time used so far by the machine and by process trees (the PostgreSQL postmaster with its
/// backends and parallel workers, the load client, the service), read from /proc. Two snapshots
/// around a measured window tell where the CPU went per transaction; on a machine the benchmark
/// saturates, that is where the time went.
/// </summary>
public sealed class CpuSnapshot
{
    // USER_HZ: the unit of /proc times; 100 on every Linux architecture .NET runs on.
    private const double TicksPerSecond = 100;

    private readonly Dictionary<string, long> _groups;

    private CpuSnapshot(long machineBusy, long machineTotal, Dictionary<string, long> groups)
    {
        MachineBusy = machineBusy;
        MachineTotal = machineTotal;
        _groups = groups;
    }

    private long MachineBusy { get; }

    private long MachineTotal { get; }

    /// <param name="groups">
    /// Root process of each group; a group's CPU is that of the tree below it, less the subtrees of
    /// other groups (the service is a child of the load client).
    /// </param>
    public static CpuSnapshot Take(IReadOnlyDictionary<string, int> groups)
    {
        var (busy, total) = ReadMachine();
        var processes = ReadProcesses();
        var roots = groups.Values.ToHashSet();
        var taken = groups.ToDictionary(group => group.Key, group => TreeTicks(processes, group.Value, roots));
        return new CpuSnapshot(busy, total, taken);
    }

    /// <summary>CPU between this snapshot and a later one, per transaction of the window.</summary>
    public CpuUse Until(CpuSnapshot end, double transactions)
    {
        var perTransaction = new Dictionary<string, double>(StringComparer.Ordinal);
        long own = 0;
        foreach (var (group, start) in _groups)
        {
            var ticks = end._groups.GetValueOrDefault(group, start) - start;
            own += ticks;
            perTransaction[group] = transactions > 0 ? ticks / TicksPerSecond * 1000 / transactions : double.NaN;
        }

        var busy = end.MachineBusy - MachineBusy;
        return new CpuUse((double)busy / Math.Max(1, end.MachineTotal - MachineTotal), (double)own / Math.Max(1, busy), perTransaction);
    }

    /// <summary>
    /// The root's own time, the time of children it has reaped (cutime, cstime: a parallel worker
    /// lives for one query), and that of its live children. The difference of two readings is then
    /// exact, whichever children came and went in between.
    /// </summary>
    private static long TreeTicks(Dictionary<int, ProcessTicks> processes, int root, HashSet<int> otherRoots) =>
        processes.TryGetValue(root, out var own)
            ? own.Own + own.Reaped + processes.Where(p => p.Value.ParentId == root && !otherRoots.Contains(p.Key)).Sum(p => p.Value.Own + p.Value.Reaped)
            : 0;

    private static Dictionary<int, ProcessTicks> ReadProcesses()
    {
        var processes = new Dictionary<int, ProcessTicks>();
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(directory), NumberStyles.None, CultureInfo.InvariantCulture, out var pid)
                && ReadProcess(pid) is { } ticks)
            {
                processes[pid] = ticks;
            }
        }

        return processes;
    }

    private static (long Busy, long Total) ReadMachine()
    {
        // First line of /proc/stat: "cpu user nice system idle iowait irq softirq steal ...".
        var fields = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Skip(1).Take(8).Select(value => long.Parse(value, CultureInfo.InvariantCulture)).ToArray();
        var idle = fields[3] + fields[4];
        var total = fields.Sum();
        return (total - idle, total);
    }

    private static ProcessTicks? ReadProcess(int pid)
    {
        try
        {
            // The command name may hold spaces and parentheses; fields are counted after the last ')':
            // [1] ppid, [11] utime, [12] stime, [13] cutime, [14] cstime.
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            long Field(int index) => long.Parse(fields[index], CultureInfo.InvariantCulture);
            return new ProcessTicks((int)Field(1), Field(11) + Field(12), Field(13) + Field(14));
        }
        catch (IOException)
        {
            // The process ended while /proc was read.
            return null;
        }
    }

    private readonly record struct ProcessTicks(int ParentId, long Own, long Reaped);
}
