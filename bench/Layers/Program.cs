using System.Globalization;
using System.Reflection;
using FireMap.Bench.Common;
using FireMap.Bench.Layers;

// The layer and tile benchmark of issue 17: the service's GeoJSON layer and vector tiles against
// the same SQL run directly, in one run on one database, so that the machine's speed cancels out.
var command = $"dotnet run -c Release --project bench/Layers -- {string.Join(' ', args)}".TrimEnd();
if (typeof(LayerBenchmark).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration != "Release")
{
    Console.Error.WriteLine("Build the benchmark in Release (dotnet run -c Release ...): it starts the Release build of the service.");
    return 2;
}

int Option(string name, int fallback)
{
    var at = Array.IndexOf(args, name);
    return at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : fallback;
}

var benchmark = new LayerBenchmark(Option("--buildings", 100_000), Option("--repeats", 5), Option("--seed", 42), Option("--cluster-port", 54349),
    Option("--api-port", 5099), BenchDatabase.LocatePaths(), Console.Out);
var passed = await benchmark.RunAsync(command);
return passed ? 0 : 1;
