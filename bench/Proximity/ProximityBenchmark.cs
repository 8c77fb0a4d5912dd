using FireMap.Api;
using FireMap.Bench.Common;
using Microsoft.Extensions.Logging;

namespace FireMap.Bench.Proximity;

/// <summary>
/// One benchmark run: data, plan check, warm-ups, then measured rounds alternating pgbench and
/// the API on the same database, so that a slow or busy machine slows both sides alike.
/// </summary>
public sealed class ProximityBenchmark(BenchOptions options, FireMapPaths paths, TextWriter log)
{
    public const string PgbenchName = "pgbench (same SQL, -M prepared)";
    public const string ApiName = "API (GraphQL over HTTP)";
    public const string PlainKnnName = "pgbench, plain KNN statement (the limit)";
    public const string DatabaseName = "firemap_bench";

    private readonly BenchArea _area = new(options.Buildings, options.RadiusMeters);

    public async Task<BenchReport> RunAsync()
    {
        var work = Directory.CreateTempSubdirectory("firemap-bench-proximity-");
        using var loggers = LoggerFactory.Create(logging => logging.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(LogLevel.Warning));
        using var database = BenchDatabase.Start("bench-postgres", DatabaseName, options.ClusterPort, loggers);
        log.WriteLine($"Benchmark cluster on 127.0.0.1:{database.Port}, database {DatabaseName}; work folder {work.FullName}");

        await new BuildingGenerator(database.DataSource, _area, options.Buildings, options.Seed).EnsureAsync(log);
        var plan = await PlanCheck.RunAsync(database.DataSource, options.RadiusMeters, options.First);
        var loadBefore = LoadAverage();

        var pgbench = new PgbenchRunner(database, options, work.FullName);
        var plainKnn = new PgbenchRunner(database, options, Directory.CreateDirectory(Path.Combine(work.FullName, "plain-knn")).FullName);
        var pgbenchRounds = new List<SideResult>();
        var plainKnnRounds = new List<SideResult>();
        var apiRounds = new List<SideResult>();
        var diagnostics = new List<SideResult>();
        var serviceConnection = options.ServiceNpgsql.Length == 0 ? database.ConnectionString : $"{database.ConnectionString};{options.ServiceNpgsql}";
        await using (var service = await ApiProcess.StartAsync(paths, serviceConnection, options.ServiceEnvironment, options.ApiPort, Path.Combine(work.FullName, "api.log")))
        {
            var endpoint = new Uri(service.BaseAddress, "graphql");
            var radius = GraphQLRequests.Radius(_area, options.RadiusMeters, options.First);
            var token = await BenchAccount.CreateTokenAsync(database.DataSource);
            var edges = await HttpProbe.CountEdgesAsync(endpoint, token, radius(new Random(options.Seed)));
            if (edges != options.First)
            {
                throw new InvalidOperationException($"The API returned {edges} edges for a full page of {options.First}");
            }

            using var driver = new HttpLoadDriver(endpoint, token, options.Clients);
            var apiGroups = new Dictionary<string, int>
            {
                [CpuUse.Database] = database.PostmasterPid,
                [CpuUse.Client] = Environment.ProcessId,
                [CpuUse.Service] = service.Pid,
            };

            await pgbench.WarmUpAsync(PgbenchScript.Build(_area, options.RadiusMeters, options.First), log);
            await plainKnn.WarmUpAsync(PgbenchScript.BuildPlainKnn(_area, options.RadiusMeters, options.First), log);
            // The service's warm-up also lets the JIT reach its optimised tier before measuring.
            log.WriteLine($"API warm-up, {options.WarmupSeconds} s ...");
            await driver.RunAsync("warm-up", radius, TimeSpan.FromSeconds(options.WarmupSeconds), BenchOptions.WarmupSeed(options.Seed));

            for (var round = 1; round <= options.Rounds; round++)
            {
                var suffix = options.Rounds > 1 ? $", round {round}" : "";
                pgbenchRounds.Add(await pgbench.MeasureAsync(PgbenchName + suffix, log));
                plainKnnRounds.Add(await plainKnn.MeasureAsync(PlainKnnName + suffix, log));
                log.WriteLine($"{ApiName}{suffix}, {options.Seconds} s ...");
                apiRounds.Add(await driver.RunAsync(ApiName + suffix, radius, TimeSpan.FromSeconds(options.Seconds), options.Seed, apiGroups));
            }

            if (options.Diagnose)
            {
                // Take parts away one at a time: the node's fields, then the resolver and the database.
                log.WriteLine($"Diagnostics, {options.Seconds} s each ...");
                var distanceOnly = GraphQLRequests.Radius(_area, options.RadiusMeters, options.First, GraphQLRequests.DistanceOnlyQuery);
                diagnostics.Add(await driver.RunAsync("API, edges { distanceMeters } only (same SQL)", distanceOnly,
                    TimeSpan.FromSeconds(options.Seconds), options.Seed, apiGroups));
                diagnostics.Add(await driver.RunAsync($"API {GraphQLRequests.TrivialQuery} (no resolver, no database)", GraphQLRequests.Trivial(),
                    TimeSpan.FromSeconds(options.Seconds), options.Seed, apiGroups));
            }
        }

        return new BenchReport(options, _area, plan, await MachineInfo.DescribeAsync(database.DataSource), $"{loadBefore} → {LoadAverage()}",
            pgbench.Command, pgbenchRounds, apiRounds, diagnostics, plainKnnRounds);
    }

    /// <summary>1-, 5- and 15-minute load averages: other work on the machine shows here.</summary>
    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "?";
}
