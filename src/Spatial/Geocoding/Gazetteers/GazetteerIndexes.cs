using FireMap.Spatial.Geocoding.Parsing;

namespace FireMap.Spatial.Geocoding.Gazetteers;

/// <summary>The lookups the matcher uses, built once with the gazetteer.</summary>
internal sealed record GazetteerIndexes
{
    public required NameIndex Names { get; init; }

    /// <summary>Normalised road name → the road's entry.</summary>
    public required Dictionary<string, int> Roads { get; init; }

    /// <summary>(normalised road, number) → the road number's entry and what stands at it.</summary>
    public required Dictionary<(string Road, string Number), RoadNumberSite> RoadNumbers { get; init; }

    /// <summary>Compound entry → its buildings by normalised building number.</summary>
    public required Dictionary<int, Dictionary<string, int>> CompoundBuildings { get; init; }

    /// <summary>Normalised community name → the community's entry.</summary>
    public required Dictionary<string, int> CommunitiesByName { get; init; }

    /// <summary>Entry → its normalised names (name first, then aliases).</summary>
    public required string[][] EntryNames { get; init; }

    public required AdministrativeDivisions Divisions { get; init; }
}
