namespace FireMap.Api.Coverage;

/// <summary>What lies outside <see cref="Minutes"/> of every station of <see cref="Kinds"/>, by road.</summary>
public sealed record CoverageAnswer(
    int Minutes,
    IReadOnlyList<string> Kinds,
    int Buildings,
    int BuildingsOutside,
    long OccupantsOutside,
    IReadOnlyList<UncoveredTarget> OutsideBuildings,
    IReadOnlyList<UncoveredCompound> OutsideCompounds,
    int Places,
    int PlacesOutside,
    long CapacityOutside,
    IReadOnlyList<UncoveredTarget> OutsidePlaces);
