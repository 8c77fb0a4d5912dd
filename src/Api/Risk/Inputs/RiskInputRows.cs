using FireMap.Spatial.Risk.Inputs;

namespace FireMap.Api.Risk.Inputs;

/// <summary>The rows of each input query, as read, before they are grouped per compound and building.</summary>
internal sealed record RiskInputRows(
    List<(long? CompoundId, BuildingRiskInput Building)> Buildings,
    List<StationRow> Stations,
    List<(long Id, bool HasPropertyManagement, bool IsOld, int? BuiltYear)> Compounds,
    List<(long LaneId, long CompoundId, double Width, double Height, BlockageInput? Blockage)> Lanes,
    List<(long? BuildingId, long? CompoundId, HazardInput Hazard)> Hazards,
    List<(long? BuildingId, long? CompoundId, PlaceInput Place)> Places,
    List<(long BuildingId, IncidentInput Incident)> Incidents,
    List<RouteRow> Routes);
