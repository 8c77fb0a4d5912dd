using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using FireMap.Bench.Common;
using Npgsql;

namespace FireMap.Bench.Proximity;

/// <summary>
/// Runs the statement through pgbench (<c>-M prepared</c>, fixed duration, per-transaction log)
/// after a warm-up run, and reads throughput and every latency back.
/// </summary>
public sealed partial class PgbenchRunner(BenchDatabase database, BenchOptions options, string workDirectory)
{
    public const string ScriptFileName = "buildings_within.sql";

    private const string LogPrefix = "pgbench_log";

    public string ScriptPath => Path.Combine(workDirectory, ScriptFileName);

    /// <summary>The measured run's command line, to print with the results.</summary>
    public string Command => string.Join(' ', new[] { Locate() }.Concat(Arguments(options.Seconds, log: true, options.Seed)));

    public async Task WarmUpAsync(string script, TextWriter log)
    {
        await File.WriteAllTextAsync(ScriptPath, script);
        log.WriteLine($"pgbench warm-up, {options.WarmupSeconds} s ...");
        await RunProcessAsync(Arguments(options.WarmupSeconds, log: false, BenchOptions.WarmupSeed(options.Seed)), sampleCpu: false);
    }

    public async Task<SideResult> MeasureAsync(string name, TextWriter log)
    {
        foreach (var stale in Directory.EnumerateFiles(workDirectory, LogPrefix + ".*"))
        {
            File.Delete(stale);
        }

        log.WriteLine($"{name}, {options.Seconds} s ...");
        var (output, cpu) = await RunProcessAsync(Arguments(options.Seconds, log: true, options.Seed), sampleCpu: true);
        var tps = double.Parse(TpsPattern().Match(output) is { Success: true } match
            ? match.Groups[1].Value
            : throw new InvalidOperationException($"pgbench printed no tps:\n{output}"), CultureInfo.InvariantCulture);
        var transactions = ReadLog();
        var latencies = transactions.Where(t => t.Microseconds is not null).Select(t => t.Microseconds!.Value).ToList();
        var inWindow = cpu is null ? 0 : transactions.Count(t => cpu.Contains(t.EndMicroseconds));
        // pgbench's own tps leaves out connection set-up; the window is the time that rate implies.
        return new SideResult(name, transactions.Count / tps, latencies, transactions.Count - latencies.Count, cpu?.Use(inWindow));
    }

    private List<string> Arguments(int seconds, bool log, int seed)
    {
        var connection = new NpgsqlConnectionStringBuilder(database.ConnectionString);
        var arguments = new List<string>
        {
            "-h", connection.Host!, "-p", connection.Port.ToString(CultureInfo.InvariantCulture), "-U", connection.Username!,
            // -n: no pgbench tables to vacuum. The same seed and concurrency as the API side.
            "-n", "-M", "prepared", "-c", options.Clients.ToString(CultureInfo.InvariantCulture),
            "-j", options.Threads.ToString(CultureInfo.InvariantCulture), "-T", seconds.ToString(CultureInfo.InvariantCulture),
            $"--random-seed={seed}", "-f", ScriptPath,
        };
        if (log)
        {
            arguments.AddRange(["-r", "-l", $"--log-prefix={Path.Combine(workDirectory, LogPrefix)}"]);
        }

        arguments.Add(connection.Database!);
        return arguments;
    }

    private async Task<(string Output, CpuWindow? Cpu)> RunProcessAsync(List<string> arguments, bool sampleCpu)
    {
        var start = new ProcessStartInfo(Locate(), arguments) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = workDirectory };
        // The cluster asks every connection for a password (SCRAM); pgbench reads it from the
        // environment, which keeps it off the command line the report prints.
        start.Environment["PGPASSWORD"] = new NpgsqlConnectionStringBuilder(database.ConnectionString).Password;
        using var process = Process.Start(start) ?? throw new InvalidOperationException("pgbench did not start");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        CpuWindow? cpu = null;
        if (sampleCpu)
        {
            // Sample inside the run: connection set-up stays out of the window, and pgbench must
            // still be there for its own reading.
            var margin = TimeSpan.FromSeconds(Math.Min(2, options.Seconds / 4.0));
            await Task.Delay(margin);
            var groups = new Dictionary<string, int> { [CpuUse.Database] = database.PostmasterPid, [CpuUse.Client] = process.Id };
            var (first, from) = (CpuSnapshot.Take(groups), CpuWindow.Now());
            await Task.Delay(TimeSpan.FromSeconds(options.Seconds) - 2 * margin);
            cpu = new CpuWindow(first, CpuSnapshot.Take(groups), from, CpuWindow.Now());
        }

        var finished = process.WaitForExitAsync();
        if (await Task.WhenAny(finished, Task.Delay(TimeSpan.FromSeconds(options.Seconds + options.WarmupSeconds + 120))) != finished)
        {
            process.Kill();
            throw new TimeoutException("pgbench did not finish in time");
        }

        var output = await stdout + await stderr;
        return process.ExitCode == 0 ? (output, cpu) : throw new InvalidOperationException($"pgbench failed (exit code {process.ExitCode}):\n{output}");
    }

    /// <summary>
    /// Per-transaction log lines: <c>client_id transaction_no time script_no time_epoch time_us ...</c>,
    /// where time is the latency in microseconds (not a number when the transaction failed).
    /// </summary>
    private List<(double? Microseconds, long EndMicroseconds)> ReadLog()
    {
        var rows = new List<(double?, long)>();
        foreach (var file in Directory.EnumerateFiles(workDirectory, LogPrefix + ".*"))
        {
            foreach (var line in File.ReadLines(file))
            {
                var fields = line.Split(' ');
                var end = long.Parse(fields[4], CultureInfo.InvariantCulture) * 1_000_000 + long.Parse(fields[5], CultureInfo.InvariantCulture);
                rows.Add((double.TryParse(fields[2], CultureInfo.InvariantCulture, out var latency) ? latency : null, end));
            }
        }

        return rows;
    }

    /// <summary>pgbench of the newest installed PostgreSQL, the client the server's own packages ship.</summary>
    private static string Locate() =>
        Directory.EnumerateDirectories("/usr/lib/postgresql")
            .Select(dir => Path.Combine(dir, "bin", "pgbench"))
            .Where(File.Exists)
            .OrderByDescending(path => int.TryParse(Path.GetFileName(Path.GetDirectoryName(Path.GetDirectoryName(path))), out var major) ? major : 0)
            .FirstOrDefault() ?? throw new InvalidOperationException("pgbench not found under /usr/lib/postgresql/*/bin (package postgresql-client)");

    [GeneratedRegex(@"tps = ([0-9.]+) \(without initial connection time\)")]
    private static partial Regex TpsPattern();
}
