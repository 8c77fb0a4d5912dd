using System.Reflection;
using FireMap.Bench.Common;
using FireMap.Bench.Proximity;

// The radius-query benchmark of issue 3: the GraphQL API against the same SQL through pgbench, in
// one run on one database, so that the machine's speed cancels out of the ratios.
var options = BenchOptions.Parse(args);
var command = $"dotnet run -c Release --project bench/Proximity -- {string.Join(' ', args)}".TrimEnd();
if (typeof(BenchOptions).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration != "Release")
{
    Console.Error.WriteLine("Build the benchmark in Release (dotnet run -c Release ...): it starts the Release build of the service.");
    return 2;
}

var report = await new ProximityBenchmark(options, BenchDatabase.LocatePaths(), Console.Out).RunAsync();
report.Print(Console.Out, command);
return report.Passed ? 0 : 1;
