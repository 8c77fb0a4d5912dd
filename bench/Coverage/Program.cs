using System.Globalization;
using System.Reflection;
using FireMap.Bench.Coverage;

// Drive-time coverage (issue 16): the service's `coverage` answer over GraphQL/HTTP and its own SQL
// against the best single SQL statement for the same answer, on the demo data; and the isochrones of
// every station. One run, in process, on the test host's private cluster.
var rounds = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 30;
var command = $"dotnet run -c Release --project bench/Coverage -- {string.Join(' ', args)}".TrimEnd();
if (typeof(CoverageBenchmark).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration != "Release")
{
    Console.Error.WriteLine("Build the benchmark in Release (dotnet run -c Release ...): it times the service's code.");
    return 2;
}

return await new CoverageBenchmark(rounds, Console.Out).RunAsync(command) ? 0 : 1;
