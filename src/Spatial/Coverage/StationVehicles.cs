using FireMap.Spatial.Vocabulary;

namespace FireMap.Spatial.Coverage;

/// <summary>Which vehicle each kind of station travels with (<see cref="Codes.StationKind"/> → <see cref="Codes.VehicleKind"/>).</summary>
public static class StationVehicles
{
    /// <summary>Fire stations drive engines, micro fire stations ride e-tricycles, volunteer teams walk, the sub-district brigade drives an engine.</summary>
    public static IReadOnlyDictionary<string, string> Defaults { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["fire_station"] = "engine",
        ["micro_station"] = "e_trike",
        ["volunteer_team"] = "foot",
        ["subdistrict_brigade"] = "engine",
    };

    /// <summary>The configured map laid over <see cref="Defaults"/>, with the problems found (unknown codes).</summary>
    /// <param name="configured">Station kind → vehicle kind, from configuration; may be null.</param>
    public static (IReadOnlyDictionary<string, string> Map, IReadOnlyList<string> Problems) Create(IReadOnlyDictionary<string, string>? configured)
    {
        var map = new Dictionary<string, string>(Defaults, StringComparer.Ordinal);
        var problems = new List<string>();
        foreach (var (kind, vehicle) in configured ?? new Dictionary<string, string>())
        {
            if (!Codes.StationKind.Contains(kind))
            {
                problems.Add($"unknown station kind '{kind}'");
            }
            else if (!Codes.VehicleKind.Contains(vehicle))
            {
                problems.Add($"{kind}: unknown vehicle kind '{vehicle}'");
            }
            else
            {
                map[kind] = vehicle;
            }
        }

        return (map, problems);
    }
}
