namespace FireMap.Bench.Proximity;

/// <summary>The targets of issue 3: the API keeps most of the database's throughput and adds little latency.</summary>
public sealed record Targets(SideResult Database, SideResult Api)
{
    public const double MinThroughputRatio = 0.60;
    public const double MaxLatencyFactor = 1.5;
    public const double LatencyAllowanceMs = 1.0;

    public double ThroughputRatio => Api.Tps / Database.Tps;

    public double MaxApiP50 => MaxLatencyFactor * Database.Latency.P50 + LatencyAllowanceMs;

    public bool ThroughputMet => ThroughputRatio >= MinThroughputRatio;

    public bool LatencyMet => Api.Latency.P50 <= MaxApiP50;

    /// <summary>Failed requests make the figures meaningless, whatever they say.</summary>
    public bool Clean => Database.Failures == 0 && Api.Failures == 0;

    public bool Passed => ThroughputMet && LatencyMet && Clean;
}
