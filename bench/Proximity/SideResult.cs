namespace FireMap.Bench.Proximity;

/// <summary>What one side (pgbench or the API) achieved in one or more measured windows.</summary>
public sealed record SideResult(string Name, double Seconds, IReadOnlyList<double> LatenciesMicroseconds, int Failures, CpuUse? Cpu)
{
    private LatencyStats? _latency;

    public int Requests => LatenciesMicroseconds.Count + Failures;

    public double Tps => Requests / Seconds;

    public LatencyStats Latency => _latency ??= LatencyStats.FromMicroseconds(LatenciesMicroseconds);

    /// <summary>The rounds of one side as if they were one window: requests over total time, latencies pooled.</summary>
    public static SideResult Combine(string name, IReadOnlyList<SideResult> rounds) =>
        rounds.Count == 1
            ? rounds[0] with { Name = name }
            : new SideResult(name, rounds.Sum(r => r.Seconds), rounds.SelectMany(r => r.LatenciesMicroseconds).ToList(), rounds.Sum(r => r.Failures),
                CpuUse.Combine(rounds.Where(r => r.Cpu is not null).Select(r => (r.Cpu!, (double)r.Requests)).ToList()));
}
