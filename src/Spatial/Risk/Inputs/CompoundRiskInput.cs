namespace FireMap.Spatial.Risk.Inputs;

/// <summary>
/// A compound with its buildings and the compound-level facts that apply to every building in
/// it: property management, age, fire lanes, and hazards and places that belong to no single building.
/// </summary>
public sealed record CompoundRiskInput
{
    /// <summary>Database id.</summary>
    public required long Id { get; init; }

    /// <summary>False when the compound has no property management (empty <c>property_management_unit</c>).</summary>
    public required bool HasPropertyManagement { get; init; }

    /// <summary>Old residential compound (<c>is_old</c>).</summary>
    public bool IsOld { get; init; }

    /// <summary>Year built, used for buildings whose own year is unknown.</summary>
    public int? BuiltYear { get; init; }

    /// <summary>The compound's fire lanes; empty when none are recorded.</summary>
    public IReadOnlyList<FireLaneInput> FireLanes { get; init; } = [];

    /// <summary>Hazards on the compound, on its fire lanes, and on its places that are in no building.</summary>
    public IReadOnlyList<HazardInput> Hazards { get; init; } = [];

    /// <summary>Places in the compound but in none of its buildings (e.g. an e-bike charging shed in the yard).</summary>
    public IReadOnlyList<PlaceInput> Places { get; init; } = [];

    /// <summary>The compound's buildings; ids unique.</summary>
    public IReadOnlyList<BuildingRiskInput> Buildings { get; init; } = [];
}
