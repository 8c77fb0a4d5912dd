using System.Globalization;

namespace FireMap.Bench.Proximity;

/// <summary>Prints the run's figures as Markdown tables, ready to paste into an issue.</summary>
public static class ResultTable
{
    public static void PrintSides(TextWriter output, IEnumerable<SideResult> sides)
    {
        output.WriteLine("| side | tps | p50 ms | p90 ms | p99 ms | mean ms | max ms | requests | failed | machine CPU busy | of it, benchmark | CPU ms/request: postgres | client | service |");
        output.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var side in sides)
        {
            var l = side.Latency;
            var cpu = side.Cpu;
            output.WriteLine(
                Invariant($"| {side.Name} | {side.Tps:0.0} | {l.P50:0.00} | {l.P90:0.00} | {l.P99:0.00} | {l.Mean:0.00} | {l.Max:0.0} | {l.Count:N0} | {side.Failures} ") +
                Invariant($"| {Percent(cpu?.MachineBusy)} | {Percent(cpu?.OwnShare)} | {Ms(cpu?.For(CpuUse.Database))} | {Ms(cpu?.For(CpuUse.Client))} | {Ms(cpu?.For(CpuUse.Service))} |"));
        }
    }

    public static void PrintTargets(TextWriter output, Targets targets)
    {
        output.WriteLine("| target | required | measured | result |");
        output.WriteLine("|---|---:|---:|---|");
        output.WriteLine(Invariant(
            $"| API tps / pgbench tps | ≥ {Targets.MinThroughputRatio:0%} | {targets.ThroughputRatio:0.0%} ({targets.Api.Tps:0.0} / {targets.Database.Tps:0.0}) | {Verdict(targets.ThroughputMet)} |"));
        output.WriteLine(Invariant(
            $"| API p50 ≤ {Targets.MaxLatencyFactor} × pgbench p50 + {Targets.LatencyAllowanceMs} ms | ≤ {targets.MaxApiP50:0.00} ms | {targets.Api.Latency.P50:0.00} ms ({targets.Api.Latency.P50 / targets.Database.Latency.P50:0.00} × pgbench) | {Verdict(targets.LatencyMet)} |"));
        output.WriteLine(Invariant(
            $"| no failed requests | 0 | {targets.Database.Failures} pgbench, {targets.Api.Failures} API | {Verdict(targets.Clean)} |"));
        output.WriteLine();
        output.WriteLine($"overall: {Verdict(targets.Passed)}");
    }

    public static void PrintLimit(TextWriter output, Targets targets, SideResult plainKnn, double minPage, double minApi)
    {
        var page = targets.Database.Tps / plainKnn.Tps;
        var api = targets.Api.Tps / plainKnn.Tps;
        output.WriteLine("| ratio to the plain KNN statement's tps | required | measured | result |");
        output.WriteLine("|---|---:|---:|---|");
        output.WriteLine(Invariant($"| FireMap's page statement (pgbench) | ≥ {minPage:0.0} × | {page:0.00} × ({targets.Database.Tps:0.0} / {plainKnn.Tps:0.0}) | {Verdict(page >= minPage)} |"));
        output.WriteLine(Invariant($"| API (GraphQL over HTTP) | ≥ {minApi:0.0} × | {api:0.00} × ({targets.Api.Tps:0.0} / {plainKnn.Tps:0.0}) | {Verdict(api >= minApi)} |"));
        output.WriteLine(Invariant($"| plain KNN failures | 0 | {plainKnn.Failures} | {Verdict(plainKnn.Failures == 0)} |"));
    }

    private static string Verdict(bool met) => met ? "PASS" : "FAIL";

    private static string Percent(double? fraction) => fraction is { } f ? Invariant($"{f:0%}") : "–";

    private static string Ms(double? value) => value is { } v && !double.IsNaN(v) ? Invariant($"{v:0.00}") : "–";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
