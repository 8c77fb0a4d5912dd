namespace FireMap.Bench.Hostile;

/// <summary>Latencies of the ordinary requests (sorted, ms), their errors, and how many hostile requests went out.</summary>
internal sealed record LoadResult(double[] Latencies, string[] Errors, int HostileSent)
{
    public double Percentile(double p) => Latencies.Length == 0 ? 0 : Latencies[Math.Min(Latencies.Length - 1, (int)Math.Ceiling(p * Latencies.Length) - 1)];
}
