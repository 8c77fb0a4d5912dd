using FireMap.Spatial.Risk.Inputs;

namespace FireMap.Api.Risk.Inputs;

/// <summary>
/// Everything one recompute scores: compounds with their buildings, and buildings in no compound; and the
/// station distances as read, some of which the read measured and a recompute keeps; and every building's
/// fastest stations by road, which a run of a routed model keeps as its inputs.
/// </summary>
public sealed record RiskInputSet(IReadOnlyList<CompoundRiskInput> Compounds, IReadOnlyList<BuildingRiskInput> LoneBuildings,
    IReadOnlyList<StationRow> Stations, IReadOnlyList<RouteRow> Routes)
{
    /// <summary>Buildings in compounds plus buildings alone.</summary>
    public int BuildingCount => Compounds.Sum(c => c.Buildings.Count) + LoneBuildings.Count;
}
