using System.Globalization;
using System.Reflection;
using FireMap.Bench.Common;
using FireMap.Bench.Coverage;

// Drive-time coverage (issue 16). Demo mode (`-- [rounds]`): the service's `coverage` answer over
// GraphQL/HTTP and its own SQL against the best single SQL statement for the same answer, on the demo
// data, and the isochrones of every station; in process, on the test host's private cluster. City mode
// (`-- --city 1000000`): the generated city with a road grid and stations in the shared benchmark
// cluster, the service as its own process (see CityCoverageBenchmark).
var command = $"dotnet run -c Release --project bench/Coverage -- {string.Join(' ', args)}".TrimEnd();
if (typeof(CoverageBenchmark).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration != "Release")
{
    Console.Error.WriteLine("Build the benchmark in Release (dotnet run -c Release ...): it times the service's code.");
    return 2;
}

int Option(string name, int fallback)
{
    var at = Array.IndexOf(args, name);
    return at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : fallback;
}

if (args.Contains("--city"))
{
    var city = new CityCoverageBenchmark(Option("--city", 1_000_000), Option("--seed", 42), Option("--rounds", 3), Option("--samples", 10), Option("--checks", 50),
        Option("--cluster-port", 54349), Option("--api-port", 5393), BenchDatabase.LocatePaths(), Console.Out);
    return await city.RunAsync(command) ? 0 : 1;
}

var rounds = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 30;
return await new CoverageBenchmark(rounds, Console.Out).RunAsync(command) ? 0 : 1;
