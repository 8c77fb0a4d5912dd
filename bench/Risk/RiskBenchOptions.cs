using System.Globalization;

namespace FireMap.Bench.Risk;

/// <summary>Command-line settings of one benchmark run; every one has a default.</summary>
public sealed record RiskBenchOptions
{
    /// <summary>Compounds in the generated city (buildings: 2–18 per compound, about 10 on average, plus a few alone).</summary>
    public int Compounds { get; init; } = 100_000;

    public int Seed { get; init; } = 42;

    /// <summary>Full recomputes measured after the first (each replaces the run of the same date).</summary>
    public int Repeats { get; init; } = 1;

    public int ClusterPort { get; init; } = 54359;

    /// <summary>Target of issue 5: a full recompute of 100,000 compounds in under a minute.</summary>
    public double TargetSeconds { get; init; } = 60;

    public static RiskBenchOptions Parse(IReadOnlyList<string> args)
    {
        var options = new RiskBenchOptions();
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            if (i + 1 >= args.Count)
            {
                throw new ArgumentException($"{name} needs a value");
            }

            var value = args[++i];
            options = name switch
            {
                "--compounds" => options with { Compounds = Positive(name, value) },
                "--seed" => options with { Seed = Positive(name, value) },
                "--repeats" => options with { Repeats = int.Parse(value, NumberStyles.None, CultureInfo.InvariantCulture) },
                "--cluster-port" => options with { ClusterPort = Positive(name, value) },
                "--target-seconds" => options with { TargetSeconds = double.Parse(value, CultureInfo.InvariantCulture) },
                _ => throw new ArgumentException($"Unknown option {name}"),
            };
        }

        return options;
    }

    private static int Positive(string name, string value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > 0
            ? number
            : throw new ArgumentException($"{name} must be a positive whole number, was '{value}'");
}
