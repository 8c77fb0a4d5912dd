using System.Globalization;

namespace FireMap.Bench.Proximity;

/// <summary>Command-line settings of one benchmark run; every one has a default.</summary>
public sealed record BenchOptions
{
    public int Buildings { get; init; } = 1_000_000;

    /// <summary>Measured duration of each side, after its warm-up.</summary>
    public int Seconds { get; init; } = 30;

    public int WarmupSeconds { get; init; } = 10;

    /// <summary>Requests in flight at once, the same on both sides (pgbench -c, API workers).</summary>
    public int Clients { get; init; } = 8;

    /// <summary>pgbench worker threads (-j); the API driver's workers are asynchronous and need none.</summary>
    public int Threads { get; init; } = 2;

    public double RadiusMeters { get; init; } = 2000;

    public int First { get; init; } = 100;

    public int Seed { get; init; } = 42;

    /// <summary>
    /// Measured windows per side, alternating pgbench and API. More than one evens out other work
    /// on a shared machine; the targets use all rounds pooled.
    /// </summary>
    public int Rounds { get; init; } = 1;

    public int ClusterPort { get; init; } = 54349;

    public int ApiPort { get; init; } = 5391;

    /// <summary>
    /// Npgsql connection-string keywords added to the service's connection string only (for
    /// example <c>Max Auto Prepare=20</c>), to try a setting without changing the service.
    /// </summary>
    public string ServiceNpgsql { get; init; } = "";

    /// <summary>Environment variables for the service process only (NAME=VALUE), e.g. runtime settings to try.</summary>
    public IReadOnlyList<string> ServiceEnvironment { get; init; } = [];

    /// <summary>Extra diagnostic runs (trivial GraphQL query, the SQL through Npgsql) that help explain a gap.</summary>
    public bool Diagnose { get; init; }

    public static BenchOptions Parse(IReadOnlyList<string> args)
    {
        var options = new BenchOptions();
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            if (name == "--diagnose")
            {
                options = options with { Diagnose = true };
                continue;
            }

            if (i + 1 >= args.Count)
            {
                throw new ArgumentException($"{name} needs a value");
            }

            var value = args[++i];
            options = name switch
            {
                "--buildings" => options with { Buildings = Positive(name, value) },
                "--seconds" => options with { Seconds = Positive(name, value) },
                "--warmup" => options with { WarmupSeconds = Positive(name, value) },
                "--clients" => options with { Clients = Positive(name, value) },
                "--threads" => options with { Threads = Positive(name, value) },
                "--radius" => options with { RadiusMeters = double.Parse(value, CultureInfo.InvariantCulture) },
                "--first" => options with { First = Positive(name, value) },
                "--seed" => options with { Seed = Positive(name, value) },
                "--rounds" => options with { Rounds = Positive(name, value) },
                "--cluster-port" => options with { ClusterPort = Positive(name, value) },
                "--api-port" => options with { ApiPort = Positive(name, value) },
                "--service-npgsql" => options with { ServiceNpgsql = value },
                "--service-env" when value.Contains('=', StringComparison.Ordinal) => options with { ServiceEnvironment = [.. options.ServiceEnvironment, value] },
                _ => throw new ArgumentException($"Unknown option {name}"),
            };
        }

        return options.Threads > options.Clients ? options with { Threads = options.Clients } : options;
    }

    /// <summary>Warm-ups draw other centres than the measured runs, on both sides alike.</summary>
    public static int WarmupSeed(int seed) => seed + 1_000_003;

    private static int Positive(string name, string value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > 0
            ? number
            : throw new ArgumentException($"{name} must be a positive whole number, was '{value}'");
}
