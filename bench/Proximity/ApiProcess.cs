using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using FireMap.Api;
using FireMap.Api.Database;

namespace FireMap.Bench.Proximity;

/// <summary>
/// The service, built in Release, as a process of its own on loopback, pointed at the benchmark
/// database with its shipped configuration (no demo data, no network rebuild at start). Its output goes to a log file.
/// </summary>
public sealed class ApiProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StreamWriter _log;

    private ApiProcess(Process process, StreamWriter log, Uri baseAddress)
    {
        _process = process;
        _log = log;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public int Pid => _process.Id;

    public static string ExecutablePath(FireMapPaths paths) => Path.Combine(paths.Root, "src", "Api", "bin", "Release", "net10.0", "FireMap.Api");

    public static async Task<ApiProcess> StartAsync(FireMapPaths paths, string connectionString, IEnumerable<string> environment, int preferredPort, string logFile)
    {
        var executable = ExecutablePath(paths);
        if (!File.Exists(executable))
        {
            throw new InvalidOperationException($"{executable} is missing; build with: dotnet build -c Release src/Api");
        }

        var port = FreePort(preferredPort);
        var start = new ProcessStartInfo(executable, ["--urls", $"http://127.0.0.1:{port}"])
        {
            // The content root, where appsettings.json is read from, as `dotnet run --project src/Api`
            // (./firemap run) has it. From elsewhere the shipped log levels would not apply and the
            // console logger would write four lines per request.
            WorkingDirectory = Path.Combine(paths.Root, "src", "Api"),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment[DatabaseExtensions.ConnectionVariable] = connectionString;
        start.Environment["FireMap__LoadDemoData"] = "false";
        // The city's road network (bench/Coverage) is built by the benchmark that measures it; rebuilding it at
        // every start would hold the service back for minutes and load the machine under other benchmarks.
        start.Environment["FireMap__Coverage__BuildOnStart"] = "false";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        foreach (var variable in environment)
        {
            var (name, value) = (variable[..variable.IndexOf('=', StringComparison.Ordinal)], variable[(variable.IndexOf('=', StringComparison.Ordinal) + 1)..]);
            start.Environment[name] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException($"{executable} did not start");
        var log = new StreamWriter(logFile) { AutoFlush = true };
        process.OutputDataReceived += (_, e) => Write(log, e.Data);
        process.ErrorDataReceived += (_, e) => Write(log, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var api = new ApiProcess(process, log, new Uri($"http://127.0.0.1:{port}/"));
        await api.WaitUntilAliveAsync(logFile);
        return api;
    }

    /// <summary>Stops the service the way a service manager would (SIGTERM), then waits for it.</summary>
    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            using var term = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
            await term.WaitForExitAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
            try
            {
                await _process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                _process.Kill();
            }
        }

        _process.Dispose();
        await _log.DisposeAsync();
    }

    private async Task WaitUntilAliveAsync(string logFile)
    {
        using var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The service exited with code {_process.ExitCode}; see {logFile}");
            }

            try
            {
                using var response = await client.GetAsync(new Uri("health", UriKind.Relative));
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet, or still applying migrations.
            }

            await Task.Delay(250);
        }

        throw new TimeoutException($"The service did not become healthy within 2 minutes; see {logFile}");
    }

    private static void Write(StreamWriter log, string? line)
    {
        if (line is not null)
        {
            lock (log)
            {
                log.WriteLine(line);
            }
        }
    }

    private static int FreePort(int preferred)
    {
        foreach (var port in new[] { preferred, 0 })
        {
            try
            {
                using var listener = new TcpListener(IPAddress.Loopback, port);
                listener.Start();
                var chosen = ((IPEndPoint)listener.LocalEndpoint).Port;
                listener.Stop();
                return chosen;
            }
            catch (SocketException)
            {
                // Taken: let the system choose.
            }
        }

        throw new InvalidOperationException("No free loopback port");
    }
}
