using FireMap.Spatial.Vocabulary;

namespace FireMap.Spatial.Coverage;

/// <summary>
/// Travel speeds in km/h per vehicle kind (<see cref="Codes.VehicleKind"/>) and network edge class
/// (<see cref="Codes.NetworkEdgeClass"/>). Every pair must be present and positive: a missing speed
/// would silently drop a road from the network.
/// </summary>
public sealed class DriveSpeeds
{
    private readonly Dictionary<(string Vehicle, string EdgeClass), double> _kmh;

    private DriveSpeeds(Dictionary<(string, string), double> kmh) => _kmh = kmh;

    /// <summary>Defaults for a dense Chinese sub-district: engines slow in alleys and on lanes, e-tricycles steadier, walking the same everywhere.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyDictionary<string, double>> Defaults { get; } =
        new Dictionary<string, IReadOnlyDictionary<string, double>>(StringComparer.Ordinal)
        {
            ["engine"] = new Dictionary<string, double> { ["arterial"] = 40, ["secondary"] = 30, ["branch"] = 20, ["alley"] = 10, ["fire_lane"] = 10 },
            ["e_trike"] = new Dictionary<string, double> { ["arterial"] = 25, ["secondary"] = 25, ["branch"] = 20, ["alley"] = 15, ["fire_lane"] = 12 },
            ["foot"] = new Dictionary<string, double> { ["arterial"] = 6, ["secondary"] = 6, ["branch"] = 6, ["alley"] = 6, ["fire_lane"] = 6 },
        };

    /// <summary>Every (vehicle, edge class, km/h) triple, in vocabulary order.</summary>
    public IEnumerable<(string Vehicle, string EdgeClass, double Kmh)> All =>
        from vehicle in Codes.VehicleKind.Codes
        from edgeClass in Codes.NetworkEdgeClass.Codes
        select (vehicle, edgeClass, _kmh[(vehicle, edgeClass)]);

    /// <summary>The speed of <paramref name="vehicle"/> on an edge of <paramref name="edgeClass"/>, km/h.</summary>
    public double Kmh(string vehicle, string edgeClass) => _kmh[(vehicle, edgeClass)];

    /// <summary>Seconds to cover <paramref name="meters"/> at <paramref name="kmh"/>.</summary>
    public static double Seconds(double meters, double kmh) => meters / (kmh / 3.6);

    /// <summary>
    /// Checks configured speeds (vehicle → edge class → km/h) laid over <see cref="Defaults"/>; returns the
    /// table, or the problems found (unknown codes, speeds not above zero or above 120 km/h).
    /// </summary>
    public static (DriveSpeeds? Speeds, IReadOnlyList<string> Problems) Create(IReadOnlyDictionary<string, Dictionary<string, double>>? configured)
    {
        var problems = new List<string>();
        var kmh = new Dictionary<(string, string), double>();
        foreach (var (vehicle, classes) in Defaults)
        {
            foreach (var (edgeClass, speed) in classes)
            {
                kmh[(vehicle, edgeClass)] = speed;
            }
        }

        foreach (var (vehicle, classes) in configured ?? new Dictionary<string, Dictionary<string, double>>())
        {
            if (!Codes.VehicleKind.Contains(vehicle))
            {
                problems.Add($"unknown vehicle kind '{vehicle}' (known: {string.Join(", ", Codes.VehicleKind.Codes)})");
                continue;
            }

            foreach (var (edgeClass, speed) in classes)
            {
                if (!Codes.NetworkEdgeClass.Contains(edgeClass))
                {
                    problems.Add($"{vehicle}: unknown edge class '{edgeClass}' (known: {string.Join(", ", Codes.NetworkEdgeClass.Codes)})");
                }
                else if (!(speed > 0 && speed <= 120))
                {
                    problems.Add($"{vehicle}.{edgeClass}: speed must be above 0 and at most 120 km/h, was {speed}");
                }
                else
                {
                    kmh[(vehicle, edgeClass)] = speed;
                }
            }
        }

        return problems.Count == 0 ? (new DriveSpeeds(kmh), problems) : (null, problems);
    }
}
