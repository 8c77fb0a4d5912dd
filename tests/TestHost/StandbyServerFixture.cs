using System.Diagnostics;
using FireMap.Api.Database;
using FireMap.Api.Database.Embedded;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace FireMap.TestHost;

/// <summary>
/// The service over a primary and a streaming replica of its own (made with <c>pg_basebackup</c>), both
/// on loopback in <c>.firemap/</c>, so tests may pause, stop and promote them without disturbing the
/// shared test cluster. The service is given both hosts for the primary (it follows a promotion) and
/// the replica for reads.
/// </summary>
public sealed class StandbyServerFixture : FireMapServerFixture
{
    private EmbeddedPostgresCluster? _primary;
    private string _standbyDirectory = "";
    private string _bin = "";

    public int PrimaryPort => _primary?.Port ?? throw new InvalidOperationException("The primary has not started");

    public int StandbyPort { get; private set; }

    /// <summary>The replica's superuser connection string (replay control, promotion).</summary>
    public string StandbyAdminConnectionString { get; private set; } = "";

    /// <summary>The primary's superuser connection string.</summary>
    public string PrimaryAdminConnectionString => _primary?.AdminConnectionString ?? throw new InvalidOperationException("The primary has not started");

    private string StandbyConnectionString { get; set; } = "";

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["FireMap:Replicas:ConnectionStrings:0"] = StandbyConnectionString,
        ["FireMap:Replicas:CheckEvery"] = "00:00:00.200",
        // Replay is paused on purpose in these tests; the lag bound has tests of its own.
        ["FireMap:Replicas:MaxLag"] = "01:00:00",
        ["FireMap:Replicas:PrimaryDownFor"] = "00:00:01",
    };

    protected override async Task<string> CreateDatabaseAsync()
    {
        var directory = Path.Combine(Root, ".firemap", $"test-replication-{Environment.ProcessId}");
        _bin = Path.GetDirectoryName(Directory.GetFiles("/usr/lib/postgresql", "pg_ctl", SearchOption.AllDirectories).Order().Last())!;
        await RemoveAsync(directory);
        _primary = new EmbeddedPostgresCluster(
            new EmbeddedPostgresOptions { Directory = Path.Combine(directory, "primary"), Port = 54371, Durable = false, Extensions = MigrationRunner.RequiredExtensions },
            NullLogger.Instance);
        _primary.Start();
        var primary = new NpgsqlConnectionStringBuilder(_primary.EnsureDatabase("firemap"));

        // Clone it while it is empty: the service's migrations and demo data reach the standby by streaming.
        _standbyDirectory = Path.Combine(directory, "standby");
        Directory.CreateDirectory(_standbyDirectory);
        await RunCheckedAsync("chown", "postgres", _standbyDirectory);
        await RunCheckedAsync("chmod", "700", _standbyDirectory);
        var admin = new NpgsqlConnectionStringBuilder(_primary.AdminConnectionString);
        await RunCheckedAsync(Path.Combine(_bin, "pg_basebackup"), $"--dbname=host=127.0.0.1 port={_primary.Port} user={admin.Username} password={admin.Password} application_name=test_standby",
            "-D", _standbyDirectory, "-R", "-X", "stream", "--checkpoint=fast");
        StandbyPort = LoopbackFreePort();
        await RunCheckedAsync(Path.Combine(_bin, "pg_ctl"), "start", "-D", _standbyDirectory, "-w", "-l", Path.Combine(_standbyDirectory, "standby.log"),
            "-o", $"-p {StandbyPort} -c hot_standby=on");
        StandbyAdminConnectionString = new NpgsqlConnectionStringBuilder(_primary.AdminConnectionString) { Port = StandbyPort }.ConnectionString;
        StandbyConnectionString = new NpgsqlConnectionStringBuilder(primary.ConnectionString) { Port = StandbyPort }.ConnectionString;

        // Both hosts for the primary: whichever accepts writes is it, rechecked within a second.
        return new NpgsqlConnectionStringBuilder(primary.ConnectionString)
        {
            Host = $"127.0.0.1:{_primary.Port},127.0.0.1:{StandbyPort}",
            HostRecheckSeconds = 1,
            Timeout = 3,
        }.ConnectionString;
    }

    /// <summary>Stops the primary as a machine failing would.</summary>
    public Task StopPrimaryAsync() => RunCheckedAsync(Path.Combine(_bin, "pg_ctl"), "stop", "-D", _primary!.DataDirectory, "-m", "immediate");

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        if (_standbyDirectory.Length > 0)
        {
            await RemoveAsync(Path.GetDirectoryName(_standbyDirectory)!);
        }
    }

    // Both clusters stopped (whichever still runs) and their files gone.
    private async Task RemoveAsync(string directory)
    {
        foreach (var data in new[] { Path.Combine(directory, "primary", "data"), Path.Combine(directory, "standby") }.Where(Directory.Exists))
        {
            await RunAsync(Path.Combine(_bin, "pg_ctl"), "stop", "-D", data, "-m", "immediate");
        }

        if (Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private static async Task RunCheckedAsync(string program, params string[] arguments)
    {
        var (exitCode, error) = await RunAsync(program, arguments);
        if (exitCode != 0)
        {
            throw new InvalidOperationException($"{Path.GetFileName(program)} failed ({exitCode}): {error}");
        }
    }

    private static int LoopbackFreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }

    // Clusters run as postgres when the tests run as root, as the embedded cluster does.
    private static async Task<(int ExitCode, string Error)> RunAsync(string program, params string[] arguments)
    {
        var asPostgres = Environment.UserName == "root" && program.StartsWith("/usr/lib/postgresql/", StringComparison.Ordinal);
        var start = new ProcessStartInfo(asPostgres ? "runuser" : program) { RedirectStandardOutput = true, RedirectStandardError = true };
        if (asPostgres)
        {
            foreach (var prefix in new[] { "-u", "postgres", "--", program })
            {
                start.ArgumentList.Add(prefix);
            }
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        _ = await output;
        return (process.ExitCode, error);
    }
}
