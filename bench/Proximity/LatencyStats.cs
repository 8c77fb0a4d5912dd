namespace FireMap.Bench.Proximity;

/// <summary>Latency percentiles of one side, in milliseconds (nearest-rank on every recorded request).</summary>
public sealed record LatencyStats(int Count, double P50, double P90, double P99, double Mean, double Max)
{
    public static LatencyStats FromMicroseconds(IReadOnlyCollection<double> microseconds)
    {
        if (microseconds.Count == 0)
        {
            return new LatencyStats(0, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN);
        }

        var sorted = microseconds.Order().ToArray();
        double At(double fraction) => sorted[Math.Clamp((int)Math.Ceiling(fraction * sorted.Length) - 1, 0, sorted.Length - 1)] / 1000;
        return new LatencyStats(sorted.Length, At(0.50), At(0.90), At(0.99), sorted.Average() / 1000, sorted[^1] / 1000);
    }
}
