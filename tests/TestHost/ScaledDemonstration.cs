using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using FireMap.Api.Database;
using FireMap.Api.Database.Embedded;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace FireMap.TestHost;

/// <summary>
/// The pieces of <c>./firemap run --instances N --replicas M</c>, started the way the script starts them,
/// from the Release build already made (no build of its own): a primary, streaming replicas cloned with
/// <c>pg_basebackup</c>, API instances as processes of their own pointed at the primary with the replicas
/// for reads, and nginx in front with the script's configuration, all on loopback in
/// <c>.firemap/scaleout-&lt;name&gt;-&lt;pid&gt;</c>, which disposing removes.
/// </summary>
public sealed class ScaledDemonstration : IAsyncDisposable
{
    private readonly string _directory;
    private readonly List<Process> _instances = [];
    private readonly List<string> _replicaDirectories = [];
    private EmbeddedPostgresCluster? _primary;
    private Process? _proxy;
    private string _bin = "";
    private Dictionary<string, string> _environment = [];

    private ScaledDemonstration(string root, string name)
    {
        Root = root;
        _directory = Path.Combine(root, ".firemap", $"scaleout-{name}-{Environment.ProcessId}");
    }

    public string Root { get; }

    /// <summary>Where clients go: nginx, or the only instance when started without the proxy.</summary>
    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    public IReadOnlyList<Uri> InstanceAddresses { get; private set; } = [];

    /// <summary>Where the first start wrote the demo accounts and the administrator's password.</summary>
    public string SecretsDirectory => Path.Combine(_directory, "secrets");

    public string PrimaryAdminConnectionString => _primary?.AdminConnectionString ?? throw new InvalidOperationException("The primary has not started");

    /// <summary>The service's Release build, which tests and benchmarks are built with.</summary>
    public static string ServiceAssembly(string root) => Path.Combine(root, "src", "Api", "bin", "Release", "net10.0", "FireMap.Api.dll");

    /// <summary>nginx, from PATH or where Debian puts it; null when it is not installed.</summary>
    public static string? FindNginx() =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Append("/usr/sbin")
            .Select(d => Path.Combine(d, "nginx")).FirstOrDefault(File.Exists);

    /// <summary>
    /// Starts everything: the first instance alone over the empty primary (migrations, accounts, demo
    /// data), then the others, then the proxy when <paramref name="proxy"/> is set.
    /// </summary>
    /// <param name="environment">Settings of every instance (FireMap__Section__Key=value), beyond the script's.</param>
    public static async Task<ScaledDemonstration> StartAsync(string root, string name, int instances, int replicas, bool proxy,
        IReadOnlyDictionary<string, string> environment)
    {
        var demonstration = new ScaledDemonstration(root, name);
        try
        {
            await demonstration.StartClustersAsync(replicas);
            demonstration._environment = demonstration.InstanceEnvironment(environment);
            var addresses = new List<Uri>();
            for (var i = 0; i < instances; i++)
            {
                addresses.Add(await demonstration.StartInstanceAsync(i + 1, demonstration._environment));
            }

            demonstration.InstanceAddresses = addresses;
            demonstration.BaseAddress = proxy ? await demonstration.StartProxyAsync(addresses) : addresses[0];
            return demonstration;
        }
        catch
        {
            await demonstration.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// One more instance over the same primary, outside the proxy; without <paramref name="readFromReplicas"/>
    /// it is given no replica, so that every read goes to the primary.
    /// </summary>
    public Task<Uri> AddInstanceAsync(bool readFromReplicas) =>
        StartInstanceAsync(_instances.Count + 1, readFromReplicas
            ? _environment
            : _environment.Where(e => !e.Key.StartsWith("FireMap__Replicas__ConnectionStrings__", StringComparison.Ordinal)).ToDictionary());

    /// <summary>Stops one instance as a service manager would (SIGTERM): requests in flight finish, then it is gone.</summary>
    public async Task StopInstanceAsync(int index)
    {
        var process = _instances[index];
        if (process.HasExited)
        {
            return;
        }

        await RunCheckedAsync("kill", "-TERM", process.Id.ToString(CultureInfo.InvariantCulture));
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_proxy is { HasExited: false })
        {
            // The master and its workers: a worker whose master is killed alone lives on.
            _proxy.Kill(entireProcessTree: true);
            await _proxy.WaitForExitAsync();
        }

        for (var i = 0; i < _instances.Count; i++)
        {
            await StopInstanceAsync(i);
            _instances[i].Dispose();
        }

        foreach (var data in _replicaDirectories.Where(Directory.Exists))
        {
            await RunAsync(Path.Combine(_bin, "pg_ctl"), "stop", "-D", data, "-m", "immediate");
        }

        if (_primary is { IsRunning: true })
        {
            await RunAsync(Path.Combine(_bin, "pg_ctl"), "stop", "-D", _primary.DataDirectory, "-m", "immediate");
        }

        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    private async Task StartClustersAsync(int replicas)
    {
        _bin = Path.GetDirectoryName(Directory.GetFiles("/usr/lib/postgresql", "pg_ctl", SearchOption.AllDirectories).Order().Last())!;
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }

        Directory.CreateDirectory(SecretsDirectory);
        _primary = new EmbeddedPostgresCluster(
            new EmbeddedPostgresOptions { Directory = Path.Combine(_directory, "primary"), Port = FreePort(), Durable = false, Extensions = MigrationRunner.RequiredExtensions },
            NullLogger.Instance);
        _primary.Start();
        _primary.EnsureDatabase("firemap");

        // Cloned while empty: the first instance's migrations and demo data reach the replicas by streaming.
        var admin = new NpgsqlConnectionStringBuilder(_primary.AdminConnectionString);
        for (var i = 1; i <= replicas; i++)
        {
            var data = Path.Combine(_directory, $"replica-{i}");
            Directory.CreateDirectory(data);
            _replicaDirectories.Add(data);
            await RunCheckedAsync("chown", "postgres", data);
            await RunCheckedAsync("chmod", "700", data);
            // A fast checkpoint: with the default spread one, pg_basebackup waits minutes for an idle primary.
            await RunCheckedAsync(Path.Combine(_bin, "pg_basebackup"),
                $"--dbname=host=127.0.0.1 port={_primary.Port} user={admin.Username} password={admin.Password} application_name=replica_{i}",
                "-D", data, "-R", "-X", "stream", "--checkpoint=fast");
            await RunCheckedAsync(Path.Combine(_bin, "pg_ctl"), "start", "-D", data, "-w", "-l", Path.Combine(data, "replica.log"),
                "-o", $"-p {FreePort()} -c hot_standby=on -c hot_standby_feedback=on");
        }
    }

    private Dictionary<string, string> InstanceEnvironment(IReadOnlyDictionary<string, string> environment)
    {
        var primary = _primary!.ConnectionStringFor("firemap");
        var settings = new Dictionary<string, string>
        {
            [DatabaseExtensions.ConnectionVariable] = primary,
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["FireMap__Accounts__SecretsDirectory"] = SecretsDirectory,
            ["FireMap__Logs__Directory"] = Path.Combine(_directory, "logs"),
            ["FireMap__Backups__Directory"] = Path.Combine(_directory, "backups"),
            // As the script starts instances behind nginx: a stopping instance drains first.
            ["FireMap__Shutdown__Drain"] = "00:00:02",
        };
        for (var i = 0; i < _replicaDirectories.Count; i++)
        {
            var port = ReplicaPort(_replicaDirectories[i]);
            settings[$"FireMap__Replicas__ConnectionStrings__{i}"] = new NpgsqlConnectionStringBuilder(primary) { Port = port }.ConnectionString;
        }

        foreach (var (key, value) in environment)
        {
            settings[key] = value;
        }

        return settings;
    }

    // The port the replica was started on, from its postmaster.pid (fourth line).
    private static int ReplicaPort(string data) =>
        int.Parse(File.ReadAllLines(Path.Combine(data, "postmaster.pid"))[3], CultureInfo.InvariantCulture);

    private async Task<Uri> StartInstanceAsync(int number, IReadOnlyDictionary<string, string> environment)
    {
        var assembly = ServiceAssembly(Root);
        if (!File.Exists(assembly))
        {
            throw new InvalidOperationException($"{assembly} is missing; build with: dotnet build -c Release src/Api");
        }

        var address = new Uri($"http://127.0.0.1:{FreePort()}/");
        // Content root src/Api, as under ./firemap run, so the shipped appsettings.json applies.
        var start = new ProcessStartInfo("dotnet", [assembly, "--urls", address.ToString().TrimEnd('/')])
        {
            WorkingDirectory = Path.Combine(Root, "src", "Api"),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        var log = Path.Combine(_directory, $"instance-{number}.log");
        var process = Process.Start(start) ?? throw new InvalidOperationException("The service did not start");
        _instances.Add(process);
        var writer = new StreamWriter(log) { AutoFlush = true };
        var gate = new Lock();
        void Write(string? line)
        {
            if (line is null)
            {
                return;
            }

            lock (gate)
            {
                writer.WriteLine(line);
            }
        }

        process.OutputDataReceived += (_, e) => Write(e.Data);
        process.ErrorDataReceived += (_, e) => Write(e.Data);
        process.Exited += (_, _) => { lock (gate) { writer.Dispose(); } };
        process.EnableRaisingEvents = true;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await WaitForHealthAsync(address, () => process.HasExited ? $"instance {number} exited ({process.ExitCode}); see {log}" : null);
        return address;
    }

    /// <summary>nginx's error log so far (warnings and worse), for a test's failure message.</summary>
    public string ProxyErrors()
    {
        var log = Path.Combine(_directory, "nginx", "logs", "error.log");
        return File.Exists(log) ? File.ReadAllText(log) : "";
    }

    // The configuration ./firemap run --instances writes: least connections, keep-alive to the
    // instances, and a request whose instance refuses it tried on the next.
    private async Task<Uri> StartProxyAsync(IReadOnlyList<Uri> instances)
    {
        var nginx = FindNginx() ?? throw new InvalidOperationException("nginx is not installed (apt-get install nginx-light)");
        var prefix = Path.Combine(_directory, "nginx");
        Directory.CreateDirectory(Path.Combine(prefix, "logs"));
        var port = FreePort();
        var upstream = new StringBuilder();
        foreach (var instance in instances)
        {
            upstream.Append(CultureInfo.InvariantCulture, $"    server {instance.Authority} max_fails=2 fail_timeout=5s;\n");
        }

        var configuration = Path.Combine(prefix, "nginx.conf");
        await File.WriteAllTextAsync(configuration, $$"""
            worker_processes 1;
            error_log {{prefix}}/logs/error.log warn;
            pid {{prefix}}/nginx.pid;
            events { worker_connections 1024; }
            http {
              access_log off;
              client_max_body_size 64m;
              upstream firemap {
                least_conn;
            {{upstream}}    keepalive 32;
              }
              server {
                listen 127.0.0.1:{{port}};
                location / {
                  proxy_pass http://firemap;
                  proxy_http_version 1.1;
                  proxy_set_header Connection "";
                  proxy_set_header Host $host;
                  proxy_next_upstream error timeout non_idempotent;
                  proxy_next_upstream_tries 2;
                }
              }
            }

            """);
        var start = new ProcessStartInfo(nginx, ["-p", prefix, "-c", configuration, "-g", "daemon off;"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        _proxy = Process.Start(start) ?? throw new InvalidOperationException("nginx did not start");
        var address = new Uri($"http://127.0.0.1:{port}/");
        await WaitForHealthAsync(address, () => _proxy.HasExited ? $"nginx exited ({_proxy.ExitCode}): {_proxy.StandardError.ReadToEnd()}" : null);
        return address;
    }

    private static async Task WaitForHealthAsync(Uri address, Func<string?> failure)
    {
        using var client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow.AddMinutes(3);
        while (DateTime.UtcNow < deadline)
        {
            if (failure() is { } reason)
            {
                throw new InvalidOperationException(reason);
            }

            try
            {
                using var response = await client.GetAsync(new Uri("health", UriKind.Relative));
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet, or still applying migrations and loading the demo data.
            }

            await Task.Delay(250);
        }

        throw new TimeoutException($"{address} did not become healthy within 3 minutes");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task RunCheckedAsync(string program, params string[] arguments)
    {
        var (exitCode, error) = await RunAsync(program, arguments);
        if (exitCode != 0)
        {
            throw new InvalidOperationException($"{Path.GetFileName(program)} failed ({exitCode}): {error}");
        }
    }

    // Clusters run as postgres when started by root, as the script and the embedded cluster do.
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
