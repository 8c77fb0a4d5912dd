using FireMap.Spatial.Risk.Inputs;

namespace FireMap.Api.Risk.Inputs;

/// <summary>A building's fastest stations by road as a run used them (the run's inputs, kept for replays).</summary>
/// <param name="BuildingId">The building.</param>
/// <param name="Fire">Fastest fire station; null when none reaches it.</param>
/// <param name="Micro">Fastest micro fire station; null when none reaches it.</param>
public readonly record struct RouteRow(long BuildingId, StationRoute? Fire, StationRoute? Micro);
