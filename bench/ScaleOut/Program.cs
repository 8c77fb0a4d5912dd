using System.Globalization;
using System.Reflection;
using FireMap.Bench.ScaleOut;
using FireMap.TestHost;

// The read throughput of issue 20: the same reads through one instance on the primary, one instance
// reading from a streaming replica, and two instances with the replica behind nginx, on one machine.
var command = $"dotnet run -c Release --project bench/ScaleOut -- {string.Join(' ', args)}".TrimEnd();
if (typeof(Throughput).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration != "Release")
{
    Console.Error.WriteLine("Build the benchmark in Release (dotnet run -c Release ...): it starts the Release build of the service.");
    return 2;
}

int Option(string name, int fallback)
{
    var at = Array.IndexOf(args, name);
    return at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : fallback;
}

var seconds = Option("--seconds", 5);
var warmup = Option("--warmup", 2);
var clients = Option("--clients", 8);
var root = RepositoryRoot();
if (!File.Exists(ScaledDemonstration.ServiceAssembly(root)))
{
    Console.Error.WriteLine($"{ScaledDemonstration.ServiceAssembly(root)} is missing; build with: dotnet build -c Release src/Api");
    return 2;
}

if (ScaledDemonstration.FindNginx() is null)
{
    Console.Error.WriteLine("nginx is not installed: apt-get install nginx-light (./firemap run --instances installs it)");
    return 2;
}

Console.WriteLine($"{command}");
Console.WriteLine($"Starting a primary, a pg_basebackup replica, two instances reading from it and nginx; then one more instance without the replica ({Environment.ProcessorCount} CPUs, load average {Throughput.LoadAverage()}).");
await using var demonstration = await ScaledDemonstration.StartAsync(root, "bench", instances: 2, replicas: 1, proxy: true,
    new Dictionary<string, string>
    {
        ["FireMap__Accounts__LoginsPerMinute"] = "100000",
        ["FireMap__Jobs__Enabled"] = "false",
    });
var primaryOnly = await demonstration.AddInstanceAsync(readFromReplicas: false);
var token = await Throughput.CreateTokenAsync(demonstration);

var sides = new (string Name, Uri Address)[]
{
    ("1 instance, primary only", primaryOnly),
    ("1 instance, reads on the replica", demonstration.InstanceAddresses[0]),
    ("2 instances + replica, through nginx", demonstration.BaseAddress),
};
var requests = new Throughput.Request[]
{
    new("GraphQL units(first: 20)", Throughput.GraphQL("{ units(first: 20) { edges { node { id name kind address keyUnit version } } } }")),
    new("layer hydrants.geojson", () => new HttpRequestMessage(HttpMethod.Get, new Uri("/api/layers/hydrants.geojson", UriKind.Relative))),
};

var results = new List<(string Side, string Request, Throughput.Result Result)>();
foreach (var request in requests)
{
    foreach (var (name, address) in sides)
    {
        var result = await Throughput.MeasureAsync(address, token, request, clients, TimeSpan.FromSeconds(warmup), TimeSpan.FromSeconds(seconds));
        results.Add((name, request.Name, result));
        Console.Error.WriteLine($"  {request.Name} / {name}: {result.PerSecond:F0} req/s");
    }
}

Console.WriteLine();
Console.WriteLine($"Closed loop, {clients} clients, {seconds} s measured after {warmup} s warm-up per row; load average after: {Throughput.LoadAverage()}");
Console.WriteLine();
Console.WriteLine("| request | deployment | req/s | × one on primary | p50 ms | p99 ms | errors |");
Console.WriteLine("|---|---|---:|---:|---:|---:|---:|");
foreach (var (side, request, result) in results)
{
    var baseline = results.First(r => r.Request == request).Result.PerSecond;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"| {request} | {side} | {result.PerSecond:F0} | {result.PerSecond / baseline:F2} | {result.P50:F1} | {result.P99:F1} | {result.Errors} |"));
}

Console.WriteLine();
Console.WriteLine($"Every process (PostgreSQL primary and replica, the instances, nginx, this client) shares the same {Environment.ProcessorCount} CPUs:");
Console.WriteLine("a second instance or a replica adds no CPU here, only work (replication, proxying), so these figures show the");
Console.WriteLine("cost of the scaled-out path and that it serves correctly, not the speed-up separate machines would give.");
return results.All(r => r.Result.Errors == 0) ? 0 : 1;

static string RepositoryRoot()
{
    for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
    {
        if (File.Exists(Path.Combine(directory.FullName, "FireMap.sln")))
        {
            return directory.FullName;
        }
    }

    throw new InvalidOperationException("FireMap.sln not found above the benchmark");
}
