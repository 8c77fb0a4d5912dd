using FireMap.Spatial.Risk.Inputs;

namespace FireMap.Api.Risk.Inputs;

/// <summary>
/// Everything one recompute scores: compounds with their buildings, and buildings in no compound; and the
/// station distances as read, some of which the read measured and a recompute keeps.
/// </summary>
public sealed record RiskInputSet(IReadOnlyList<CompoundRiskInput> Compounds, IReadOnlyList<BuildingRiskInput> LoneBuildings,
    IReadOnlyList<StationRow> Stations)
{
    /// <summary>Buildings in compounds plus buildings alone.</summary>
    public int BuildingCount => Compounds.Sum(c => c.Buildings.Count) + LoneBuildings.Count;
}
