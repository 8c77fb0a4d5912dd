namespace FireMap.Bench.Proximity;

/// <summary>Everything one run measured, and how it prints.</summary>
public sealed record BenchReport(
    BenchOptions Options,
    BenchArea Area,
    PlanCheck Plan,
    string Machine,
    string LoadAverage,
    string PgbenchCommand,
    IReadOnlyList<SideResult> PgbenchRounds,
    IReadOnlyList<SideResult> ApiRounds,
    IReadOnlyList<SideResult> Diagnostics,
    IReadOnlyList<SideResult> PlainKnnRounds)
{
    /// <summary>Issue 17's targets against the plain KNN statement: the page statement ≥ 0.8 ×, the API ≥ 0.7 × its throughput.</summary>
    public const double MinPageToPlainKnn = 0.8;
    public const double MinApiToPlainKnn = 0.7;

    public SideResult PlainKnn { get; } = SideResult.Combine(ProximityBenchmark.PlainKnnName, PlainKnnRounds);

    public Targets Targets { get; } = new(
        SideResult.Combine(ProximityBenchmark.PgbenchName, PgbenchRounds),
        SideResult.Combine(ProximityBenchmark.ApiName, ApiRounds));

    public bool Passed => Targets.Passed && Plan.Passed;

    public void Print(TextWriter output, string command)
    {
        var o = Options;
        output.WriteLine();
        output.WriteLine("## Radius-query benchmark: GraphQL API against pgbench");
        output.WriteLine();
        output.WriteLine($"- command: `{command}`");
        output.WriteLine($"- machine: {Machine}; load average {LoadAverage} (before → after)");
        output.WriteLine($"- data: {o.Buildings:N0} buildings over {Area.Describe()}; {Plan.HitsInRadius:N0} within {o.RadiusMeters:0} m of the centre");
        output.WriteLine($"- query: {o.RadiusMeters:0} m radius, first {o.First}, random centres (seed {o.Seed}) at least {o.RadiusMeters:0} m inside the area");
        output.WriteLine($"- load: {o.Clients} clients on both sides (pgbench -c {o.Clients} -j {o.Threads}; API: {o.Clients} workers, one keep-alive HTTP/1.1 connection each), " +
            $"{o.WarmupSeconds} s warm-up, {o.Rounds} × {o.Seconds} s measured per side, alternating");
        output.WriteLine($"- pgbench: `{PgbenchCommand}`");
        output.WriteLine($"- service: Release build, own process, shipped configuration; Npgsql connection string of the cluster{(o.ServiceNpgsql.Length > 0 ? $" plus `{o.ServiceNpgsql}`" : " as is")}" +
            (o.ServiceEnvironment.Count > 0 ? $"; environment {string.Join(' ', o.ServiceEnvironment)}" : ""));
        output.WriteLine();
        output.WriteLine($"EXPLAIN (ANALYZE, BUFFERS) at the area's centre: {(Plan.Passed ? "uses" : "DOES NOT use")} {PlanCheck.GeographyIndex}, " +
            $"{(Plan.SeqScanOnBuildings ? "HAS a sequential scan on buildings" : "no sequential scan on buildings")}; top lines:");
        output.WriteLine("```");
        foreach (var line in Plan.Plan.Take(PlanCheck.TopLines))
        {
            output.WriteLine(line);
        }

        output.WriteLine("...");
        foreach (var line in Plan.IndexLines)
        {
            output.WriteLine(line);
        }

        output.WriteLine("```");
        output.WriteLine();
        var rounds = o.Rounds > 1 ? PgbenchRounds.Zip(PlainKnnRounds, ApiRounds).SelectMany(r => new[] { r.First, r.Second, r.Third }) : [];
        ResultTable.PrintSides(output, [Targets.Database, PlainKnn, Targets.Api, .. Diagnostics, .. rounds]);
        output.WriteLine();
        ResultTable.PrintTargets(output, Targets);
        output.WriteLine();
        output.WriteLine("Against the plain KNN statement (issue 17; reported, not part of the exit code):");
        output.WriteLine();
        ResultTable.PrintLimit(output, Targets, PlainKnn, MinPageToPlainKnn, MinApiToPlainKnn);
    }
}
