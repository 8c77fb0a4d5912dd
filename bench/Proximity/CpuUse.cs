namespace FireMap.Bench.Proximity;

/// <summary>
/// CPU over a measured window: how busy the whole machine was (0–1 of all cores), the CPU
/// milliseconds each process group spent per transaction, and which share of the busy CPU those
/// groups account for (well below 1 means other work on the machine competed with the benchmark).
/// </summary>
public sealed record CpuUse(double MachineBusy, double OwnShare, IReadOnlyDictionary<string, double> MillisecondsPerTransaction)
{
    public const string Database = "postgres";
    public const string Client = "client";
    public const string Service = "service";

    public double For(string group) => MillisecondsPerTransaction.GetValueOrDefault(group, double.NaN);

    /// <summary>Rounds weighted by their transactions.</summary>
    public static CpuUse? Combine(IReadOnlyList<(CpuUse Use, double Transactions)> rounds)
    {
        var total = rounds.Sum(r => r.Transactions);
        if (rounds.Count == 0 || total <= 0)
        {
            return null;
        }

        double Weighted(Func<CpuUse, double> value) => rounds.Sum(r => value(r.Use) * r.Transactions) / total;
        var groups = rounds.SelectMany(r => r.Use.MillisecondsPerTransaction.Keys).Distinct(StringComparer.Ordinal)
            .ToDictionary(group => group, group => Weighted(use => use.For(group)), StringComparer.Ordinal);
        return new CpuUse(Weighted(use => use.MachineBusy), Weighted(use => use.OwnShare), groups);
    }
}
