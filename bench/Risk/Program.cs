using System.Reflection;
using FireMap.Bench.Risk;

// The risk recompute benchmark of issue 5: the service's full recompute (gather, score, store) of a
// generated city of 100,000 compounds, timed in process against a private PostgreSQL cluster.
var options = RiskBenchOptions.Parse(args);
var command = $"dotnet run -c Release --project bench/Risk -- {string.Join(' ', args)}".TrimEnd();
if (typeof(RiskBenchOptions).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration != "Release")
{
    Console.Error.WriteLine("Build the benchmark in Release (dotnet run -c Release ...): it times the service's code.");
    return 2;
}

return await new RiskBenchmark(options, Console.Out).RunAsync(command) ? 0 : 1;
