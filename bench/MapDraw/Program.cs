using System.Globalization;
using System.Reflection;
using FireMap.Bench.Common;
using FireMap.Bench.MapDraw;

// Issue 17's map target: a z14 view of the generated city draws its buildings (from vector tiles)
// in under 2 s in headless Chromium, the service and the browser on this machine.
var command = $"dotnet run -c Release --project bench/MapDraw -- {string.Join(' ', args)}".TrimEnd();
if (typeof(MapDrawBenchmark).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration != "Release")
{
    Console.Error.WriteLine("Build the benchmark in Release (dotnet run -c Release ...): it starts the Release build of the service.");
    return 2;
}

int Option(string name, int fallback)
{
    var at = Array.IndexOf(args, name);
    return at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : fallback;
}

var benchmark = new MapDrawBenchmark(Option("--buildings", 100_000), Option("--views", 5), Option("--zoom", 14), Option("--seed", 42),
    Option("--cluster-port", 54349), Option("--api-port", 5098), BenchDatabase.LocatePaths(), Console.Out);
var passed = await benchmark.RunAsync(command);
return passed ? 0 : 1;
