namespace FireMap.Bench.Proximity;

/// <summary>Two CPU snapshots and the wall-clock span between them (Unix microseconds).</summary>
public sealed record CpuWindow(CpuSnapshot Start, CpuSnapshot End, long FromMicroseconds, long ToMicroseconds)
{
    public static long Now() => DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() * 1000;

    public bool Contains(long microseconds) => microseconds >= FromMicroseconds && microseconds < ToMicroseconds;

    public CpuUse Use(double transactions) => Start.Until(End, transactions);
}
